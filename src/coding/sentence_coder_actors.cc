// Actors: the dictionary's actor and agent phrases found in the sentence, and the coding of
// every noun phrase from them (own words, agents composed on actors, compounds, appositions,
// companies named with a ticker, new actors named by their own words).

#include "coding/sentence_coder.h"

#include <cctype>

#include "herald/date.h"

namespace herald::coding::internal {

namespace {

// Whether an actor with dated codes is a place that stands for whichever government sits
// there: every code a government's, and the dates open at both ends.
bool is_seat_of_government(const actors::Actor& actor) {
  bool open_before = false, open_after = false;
  for (const actors::DatedCode& dated : actor.dated) {
    if (dated.code.size() != 6 || !dated.code.ends_with("GOV")) return false;
    open_before = open_before || dated.first_day == 0;
    open_after = open_after || dated.last_day == 99999999;
  }
  return open_before && open_after && actor.default_code.ends_with("GOV");
}

// Splits "ELR/GAL" into its parts.
std::vector<std::string> split_compound_code(const std::string& code) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= code.size()) {
    const size_t slash = code.find('/', start);
    std::string part =
        code.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (!part.empty()) parts.push_back(std::move(part));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

// Adds an agent code's three-letter parts to an actor code, each unless already there
// ("GBRGOV" + "GOVDEV" -> "GBRGOVDEV").
std::string compose(const std::string& actor, const Agent& agent) {
  if (agent.prefix) {
    if (actor.starts_with(agent.code)) return actor;
    // "the Catholic aid agency Cafod": a body of no country is the organisation type itself.
    if (actor.starts_with("---")) return agent.code + actor.substr(3);
    return agent.code + actor;
  }
  if (agent.code.size() % 3 != 0) return actor.ends_with(agent.code) ? actor : actor + agent.code;
  std::string composed = actor;
  for (size_t at = 0; at + 3 <= agent.code.size(); at += 3) {
    const std::string_view part = std::string_view(agent.code).substr(at, 3);
    // An organisation's officials are the organisation: "EU commission president" is
    // IGOEUREEC, not a government of it.
    if (part == "GOV" && actor.starts_with("IGO")) continue;
    // So are a group's outside government: "Tory spokesman" is GBROPP, "ANC president"
    // ZAFREB, not a government of theirs.
    if (part == "GOV" && has_nonstate_role(actor)) continue;
    bool found = false;
    for (size_t position = 3; position + 3 <= actor.size(); position += 3)
      if (std::string_view(actor).substr(position, 3) == part) found = true;
    if (!found) composed += part;
  }
  return composed;
}

// CAMEO's religion codes, which agents such as "Christian" or "Muslim" carry.
bool is_religion_code(std::string_view code) {
  return code == "CHR" || code == "MOS" || code == "MUS" || code == "JEW" || code == "BUD" ||
         code == "HIN" || code == "REL" || code == "SIK";
}

// Nouns for relatives: "the prime minister's wife" is someone else.
bool is_kinship_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 16> kWords = {
      "wife",  "husband",  "son",    "daughter", "brother", "sister", "father", "mother",
      "widow", "children", "family", "nephew",   "niece",   "cousin", "spouse", "sons"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// Those named for backing someone: "the supporters of Baghdad" are not Baghdad.
bool is_backer_noun(std::string_view noun) {
  return noun == "supporters" || noun == "backers" || noun == "sponsors" || noun == "allies" ||
         noun == "patrons";
}

// Head nouns of a conflict or dispute between two sides ("the Iraq-Iran war").
bool is_conflict_noun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {"war",      "conflict", "dispute",    "row",
                                                "crisis",   "tension",  "tensions",   "feud",
                                                "standoff", "fighting", "hostilities"};
  return is_one_of(kNouns, noun);
}

// Titles written before a surname ("Mr German", "Dr Fox").
bool is_courtesy_title(std::string_view word) {
  static constexpr std::string_view kTitles[] = {
      "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr."};
  return is_one_of(kTitles, word);
}

// Which kinds of letter a word has: capitals, small letters, or both ("Labour").
struct LetterCases {
  bool capital = false;
  bool small = false;
};

LetterCases letter_cases(std::string_view text) {
  LetterCases cases;
  for (char c : text) {
    if (std::isupper(static_cast<unsigned char>(c))) cases.capital = true;
    if (std::islower(static_cast<unsigned char>(c))) cases.small = true;
  }
  return cases;
}

// Whether a word has letters and none of them is a capital.
bool is_lower_case(std::string_view text) {
  const LetterCases cases = letter_cases(text);
  return cases.small && !cases.capital;
}

}  // namespace

void SentenceCoder::find_phrases() {
  actor_at_.assign(token_count_, -1);
  agent_at_.assign(token_count_, -1);
  capitalised_words_ = 0;
  for (uint32_t t = 1; t < token_count_; ++t)
    if (!written(t).empty() && std::isupper(static_cast<unsigned char>(written(t)[0])))
      ++capitalised_words_;
  // Written in ordinary case: names among other words, or an opening word in capital and
  // small letters ("He suggested changing the law to let judges ...", with no name after it).
  const bool ordinary_case =
      capitalised_words_ >= 2 ||
      (token_count_ > 0 && !written(0).empty() &&
       std::isupper(static_cast<unsigned char>(written(0)[0])) && letter_cases(written(0)).small);
  const auto& actors = dictionaries_.actors();
  for (uint32_t position = 0; position < token_count_;) {
    auto match = actors.actor_phrases().longest_at(ids_, position, token_count_);
    // "trust with us": a pronoun is never the abbreviation it is spelled like (US); "labour
    // costs", "conservative estimates", "to let judges" (LeT): a one-word name written in
    // lower case is a common word, unless the whole sentence is written in lower case.
    if (match.length == 0 ||
        (match.length == 1 && (tag(position).starts_with("PRP") ||
                               (ordinary_case && is_lower_case(written(position)))))) {
      ++position;
      continue;
    }
    // "Christian Democratic Party", "Liberal Democratic Party": a party's name inside a
    // longer capitalised name is another party.
    if (match.length >= 2 && position > 0 && word(position + match.length - 1) == "party" &&
        actor_at_[position - 1] < 0 && !written(position - 1).empty() &&
        std::isupper(static_cast<unsigned char>(written(position - 1)[0])) &&
        (tag(position - 1) == "NNP" || tag(position - 1) == "JJ")) {
      position += match.length;
      continue;
    }
    // "the National Security Council in the White House": a security council named as a
    // country's own is that government's (an agent), not the UN's.
    if (position > 0 && word(position) == "security" && word(position - 1) == "national") {
      position += match.length;
      continue;
    }
    // "Mr German said": a country's word after a courtesy title is a surname.
    if (match.length == 1 && position > 0 && is_courtesy_title(word(position - 1)) &&
        is_country_code(actors.actor(match.value).default_code) &&
        actors.actor(match.value).dated.empty()) {
      ++position;
      continue;
    }
    const int32_t index = static_cast<int32_t>(actor_matches_.size());
    actor_matches_.push_back({position, position + match.length, match.value});
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      actor_at_[covered] = index;
    position += match.length;
  }
  for (uint32_t position = 0; position < token_count_;) {
    if (actor_at_[position] >= 0) {
      ++position;
      continue;
    }
    auto match = actors.agent_phrases().longest_at(ids_, position, token_count_);
    if (match.length == 0) {
      ++position;
      continue;
    }
    bool overlaps = false;
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      if (actor_at_[covered] >= 0) overlaps = true;
    if (overlaps) {
      ++position;
      continue;
    }
    // "Deputy Foreign Minister", "Deputy U.S. Trade Representative": "deputy" before
    // another office or a country is that office's deputy, not a member of parliament.
    if (match.length == 1 && word(position) == "deputy" && position + 1 < token_count_ &&
        (actor_at_[position + 1] >= 0 ||
         actors.agent_phrases().longest_at(ids_, position + 1, token_count_).length > 0)) {
      ++position;
      continue;
    }
    // "general election": a phrase written as no agent hides the agents inside it.
    if (actors.agent(match.value).code.empty()) {
      position += match.length;
      continue;
    }
    // "Reagan's firm action", "a firm commitment": "firm" before a noun is the adjective,
    // which taggers often miss.
    if (match.length == 1 && word(position) == "firm" &&
        (tag(position) == "JJ" || (position + 1 < token_count_ &&
                                   (tag(position + 1) == "NN" || tag(position + 1) == "NNS")))) {
      ++position;
      continue;
    }
    // "director of MITI's Industrial Electronics Division": a division named by capitalised
    // words that name no arm of an army is a ministry's or a company's department.
    if (match.length == 1 && word(position) == "division" && tag(position) == "NNP" &&
        position > 0 && tag(position - 1) == "NNP" && agent_at_[position - 1] < 0 &&
        actor_at_[position - 1] < 0) {
      static constexpr std::string_view kArms[] = {
          "armoured",   "armored", "infantry", "cavalry", "airborne",  "mechanised",
          "mechanized", "marine",  "mountain", "guards",  "guard",     "commando",
          "artillery",  "panzer",  "tank",     "light",   "motorised", "motorized"};
      if (!is_one_of(kArms, word(position - 1))) {
        ++position;
        continue;
      }
    }
    // "The House today supported a call": the chamber is "House" in capitals, on its own or
    // after "the"; "a house", "Freedom House" and "Government House" are not.
    if (match.length == 1 && word(position) == "house" &&
        (is_lower_case(written(position)) ||
         (position > 0 && word(position - 1) != "the" && !written(position - 1).empty() &&
          std::isupper(static_cast<unsigned char>(written(position - 1)[0]))))) {
      ++position;
      continue;
    }
    // "Lawyer Louise Christian": a religion's word closing a name is a surname.
    if (match.length == 1 && position > 0 && tag(position) == "NNP" && tag(position - 1) == "NNP" &&
        actor_at_[position - 1] < 0 && agent_at_[position - 1] < 0 &&
        is_religion_code(actors.agent(match.value).code) &&
        (position + 1 >= token_count_ || tag(position + 1) != "NNP")) {
      ++position;
      continue;
    }
    const int32_t index = static_cast<int32_t>(agent_matches_.size());
    agent_matches_.push_back({position, position + match.length, match.value});
    for (uint32_t covered = position; covered < position + match.length; ++covered)
      agent_at_[covered] = index;
    position += match.length;
  }
}

void SentenceCoder::code_noun_phrases() {
  if (codings_.size() < tree_.size()) codings_.resize(tree_.size());
  // Tokens that can make a noun phrase codable: actor and agent words, names (learned
  // names, appositions) and the heads of "both ...", "the two leaders", "the pair", "the
  // country".
  codable_before_.assign(token_count_ + 1, 0);
  for (uint32_t t = 0; t < token_count_; ++t) {
    const std::string_view text = word(t);
    bool countries = false;
    // The words below are 4 to 11 letters long; most tokens are settled by the first tests.
    const bool codable = actor_at_[t] >= 0 || agent_at_[t] >= 0 || tag(t) == "NNP" ||
                         tag(t) == "NNPS" ||
                         (text.size() >= 4 && text.size() <= 11 &&
                          (text == "both" || text == "country" || text == "nation" ||
                           text == "pair" || is_pair_head(text, &countries)));
    codable_before_[t + 1] = codable_before_[t] + (codable ? 1 : 0);
  }
  for (size_t node = 0; node < tree_.size(); ++node) {
    PhraseCoding& coding = codings_[node];
    coding.computed = coding.has_actor = coding.invented = false;
    coding.actors.clear();
  }
  // Preorder: children have larger indices than their parents, so a reverse walk codes
  // every phrase after the phrases inside it.
  for (int32_t node = static_cast<int32_t>(tree_.size()) - 1; node >= 0; --node)
    if (label_is(tree_[node].label, "NP") || label_is(tree_[node].label, "NX") ||
        label_is(tree_[node].label, "NAC"))
      code_noun_phrase(node);
  if (options_.resolve_pronouns) resolve_object_pronouns();
  if (memory_ != nullptr) resolve_counted_groups();
  if (memory_ != nullptr && options_.resolve_pronouns) resolve_named_groups();
  name_after_title();
}

void SentenceCoder::code_noun_phrase(int32_t node_index) {
  const TreeNode& node = tree_[node_index];
  PhraseCoding& coding = codings_[node_index];
  coding.computed = true;
  // Most noun phrases hold no word any rule below could code: say so at once.
  if (options_.new_actor_length <= 0 &&
      codable_before_[local_end(node)] == codable_before_[local_begin(node)] &&
      !is_conflict_noun(word(local_end(node) - 1)) &&
      !(options_.unnamed_states_are_uis && is_states_noun(word(local_end(node) - 1))))
    return;
  // "the prime minister's wife": a relative named by a possessive is not the one it names.
  if (local_end(node) >= local_begin(node) + 3 && is_kinship_noun(word(local_end(node) - 1)) &&
      tag(local_end(node) - 2) == "POS")
    return;
  const CivilDate date = document_.date_of_sentence(sentence_index_);

  // Children and their kinds.
  std::vector<int32_t>& children = scratch_.children;
  children.clear();
  for (int32_t child = node.first_child; child >= 0; child = tree_[child].next_sibling)
    children.push_back(child);
  int noun_children = 0;
  bool conjunction_child = false;
  for (int32_t child : children) {
    if (label_is(tree_[child].label, "NP") || label_is(tree_[child].label, "NX")) ++noun_children;
    if (std::string_view(tree_[child].label) == "CC" || label_is(tree_[child].label, "CONJP"))
      conjunction_child = true;
  }

  // Compound phrase: "Fornost and Gondor", "Mordor, Rohan, Fornost and Bree".
  if (conjunction_child && noun_children >= 2) {
    // "U.S. and Japanese officials": a bare country before "and" shares the role the last
    // conjunct's plural noun gives its own country adjective.
    std::string shared_role;
    const int32_t last = children.back();
    if (label_is(tree_[last].label, "NP") && codings_[last].computed &&
        codings_[last].actors.size() == 1 && tag(local_end(tree_[last]) - 1) == "NNS" &&
        actor_at_[local_begin(tree_[last])] >= 0 && agent_at_[local_end(tree_[last]) - 1] >= 0) {
      const std::string& code = codings_[last].actors.front().code;
      if (code.size() == 6 && is_country_code(std::string_view(code).substr(0, 3)))
        shared_role = code.substr(3);
    }
    // Every conjunct counts, an agent-only one too ("The Danish media and government":
    // DNKMED and ---GOV).
    for (int32_t child : children) {
      const PhraseCoding& part = codings_[child];
      if (!part.computed) continue;
      const bool bare_country = !shared_role.empty() && child != last && part.actors.size() == 1 &&
                                part.actors.front().code.size() == 3 &&
                                is_country_code(part.actors.front().code) &&
                                is_abbreviation(local_begin(tree_[child]), local_end(tree_[child]));
      for (const CodedActor& actor : part.actors) {
        coding.actors.push_back(actor);
        if (bare_country) coding.actors.back().code += shared_role;
      }
      coding.has_actor = coding.has_actor || part.has_actor;
    }
    return;
  }

  // "The federal government and the Japanese trading company, C. Itoh and Co Ltd,": a
  // compound with an apposition after it is the compound's actors, each with its own role.
  if (children.size() >= 3 && label_is(tree_[children.front()].label, "NP") &&
      std::string_view(tree_[children[1]].label) == "," && codings_[children.front()].computed &&
      codings_[children.front()].actors.size() >= 2) {
    bool compound = false;
    for (int32_t child = tree_[children.front()].first_child; child >= 0;
         child = tree_[child].next_sibling)
      if (std::string_view(tree_[child].label) == "CC") compound = true;
    if (compound) {
      coding.actors = codings_[children.front()].actors;
      coding.has_actor = codings_[children.front()].has_actor;
      return;
    }
  }

  // The phrase's own words: everything except clauses, prepositional phrases and the
  // apposition after a comma ("Osgiliath, the state's fiercest foe").
  std::vector<char>& own = own_;
  own.assign(token_count_, 0);
  for (uint32_t t = local_begin(node); t < local_end(node); ++t) own[t] = 1;
  std::vector<int32_t>& prepositional = scratch_.prepositional;
  prepositional.clear();
  bool seen_comma = false;
  {
    std::vector<int32_t>& stack = scratch_.stack;
    stack.assign(children.rbegin(), children.rend());
    while (!stack.empty()) {
      const int32_t child = stack.back();
      stack.pop_back();
      const TreeNode& sub = tree_[child];
      const bool direct = sub.parent == node_index;
      if (direct && std::string_view(sub.label) == ",") seen_comma = true;
      bool exclude = label_is(sub.label, "PP") || label_is(sub.label, "SBAR") ||
                     is_clause(sub.label) || label_is(sub.label, "VP") ||
                     label_is(sub.label, "PRN") || label_is(sub.label, "RRC");
      if (direct && seen_comma && !conjunction_child) exclude = true;
      if (exclude) {
        for (uint32_t t = local_begin(sub); t < local_end(sub); ++t) own[t] = 0;
        if (label_is(sub.label, "PP") && !(direct && seen_comma && !conjunction_child))
          prepositional.push_back(child);
        continue;
      }
      // Look inside nested noun phrases (possessives, "the Gondor government").
      if (label_is(sub.label, "NP") || label_is(sub.label, "NML") || label_is(sub.label, "ADJP") ||
          label_is(sub.label, "QP") || label_is(sub.label, "NX")) {
        // Children pushed in reverse so that they pop in order.
        const size_t first = stack.size();
        for (int32_t g = sub.first_child; g >= 0; g = tree_[g].next_sibling) stack.push_back(g);
        std::reverse(stack.begin() + static_cast<std::ptrdiff_t>(first), stack.end());
      }
    }
  }
  std::sort(prepositional.begin(), prepositional.end());

  bool former = false;
  for (uint32_t t = local_begin(node); t < local_end(node); ++t)
    if (own[t] && word(t) == "former") former = true;

  // Actors in the phrase's own words. Without a conjunction the first actor is the head;
  // later actors count only when joined to it by "and" / commas and modifiers
  // ("Calenardhon and the evil Arnor awful Gondor" names Calenardhon and Arnor).
  // A person's name (an actor with dated codes) beats a place word before it that is not
  // joined to it: "US Vice President Kamala Harris" is Harris, coded for her office then.
  const TokenMatch* person = nullptr;
  {
    const TokenMatch* first = nullptr;
    int64_t last_end = -1;
    for (const TokenMatch& match : actor_matches_) {
      if (match.begin < local_begin(node) || match.end > local_end(node) || !own[match.begin])
        continue;
      const Actor& actor = dictionaries_.actors().actor(match.value);
      if (first == nullptr) {
        first = &match;
        if (!actor.dated.empty()) break;
      } else if (!conjoined(static_cast<uint32_t>(last_end), match.begin, own)) {
        // ("British Chancellor of the Exchequer Nigel Lawson": past an office named as an
        // actor of its own, the person still comes.)
        if (!actor.dated.empty()) {
          person = &match;
          break;
        }
      }
      last_end = match.end;
    }
  }
  std::vector<CodedActor> found;
  int64_t previous_end = -1;
  for (const TokenMatch& match : actor_matches_) {
    // A name may run into a complement ("Prince of Dol Amroth"): it must start in the
    // phrase's own words.
    if (match.begin < local_begin(node) || match.end > local_end(node) || !own[match.begin])
      continue;
    if (person != nullptr && match.begin < person->begin) continue;
    if (previous_end >= 0 && !conjoined(static_cast<uint32_t>(previous_end), match.begin, own))
      break;
    previous_end = match.end;
    const Actor& actor = dictionaries_.actors().actor(match.value);
    const std::string code = actor.code_on(date);
    if (code.empty()) continue;
    for (const std::string& part : split_compound_code(code)) {
      bool duplicate = false;
      for (const CodedActor& existing : found)
        if (existing.code == part) duplicate = true;
      if (duplicate) continue;
      CodedActor coded = coded_actor(actor, part, match.begin, match.end);
      // "Beijing": a place standing for its government, with no person behind it: no dates,
      // or dates that only follow the state it is the seat of ("Moscow": SUNGOV until 1991,
      // RUSGOV after), open at both ends as no term of office is.
      coded.metonym = part.size() == 6 && part.ends_with("GOV") &&
                      is_country_code(std::string_view(part).substr(0, 3)) &&
                      (actor.dated.empty() || is_seat_of_government(actor));
      found.push_back(std::move(coded));
    }
  }
  // "Saudi Arabia's Crown Prince Abdullah": remember the person by the title before the name.
  if (memory_ != nullptr && found.size() == 1 && found.front().token_begin < token_count_ &&
      actor_at_[found.front().token_begin] >= 0) {
    const TokenMatch& match = actor_matches_[actor_at_[found.front().token_begin]];
    if (match.begin == found.front().token_begin && match.begin >= local_begin(node) &&
        match.end <= local_end(node) && own[match.begin] &&
        !dictionaries_.actors().actor(match.value).dated.empty()) {
      // The title before the name, or inside the dictionary's phrase ("Crown Prince
      // Abdullah").
      std::string_view title;
      if (match.begin > 0 && agent_at_[match.begin - 1] >= 0 &&
          is_person_title(word(match.begin - 1)))
        title = word(match.begin - 1);
      for (uint32_t t = match.begin; t + 1 < match.end; ++t)
        if (is_person_title(word(t))) title = word(t);
      if (!title.empty()) memory_->titled_people.push_back({std::string(title), found.front()});
    }
  }
  // "other G8 finance ministers", "other EU states": the members of an organisation other
  // than the one speaking are states the text does not name (UIS).
  // (The phrase's own head: "The Paris Club of creditor nations" is the Club.)
  if (const uint32_t head_end = own_end(node, own);
      options_.unnamed_states_are_uis && found.size() == 1 &&
      found.front().code.starts_with("IGO") && head_end > local_begin(node) &&
      tag(head_end - 1) == "NNS" && found.front().token_end < head_end) {
    bool other = false;
    for (uint32_t t = local_begin(node); t < found.front().token_begin; ++t)
      if (own[t] && word(t) == "other") other = true;
    // "visits to Gulf Cooperation Council (GCC) states": its member states, unnamed.
    if (is_state_noun(word(head_end - 1))) other = true;
    if (other) {
      found.front().code = "UIS";
      found.front().metonym = false;
    }
  }
  // "the two German members of the Commission": members of an international body act for it,
  // whatever the country their adjective names.
  if (found.size() == 1 && found.front().token_end > found.front().token_begin &&
      tag(found.front().token_begin) == "JJ" &&
      is_country_code(std::string_view(found.front().code).substr(0, 3))) {
    const uint32_t head = own_end(node, own);
    const std::string_view head_word = head > local_begin(node) ? word(head - 1) : "";
    if (head_word == "members" || head_word == "member") {
      for (int32_t pp : prepositional) {
        if (local_begin(tree_[pp]) != head || word(local_begin(tree_[pp])) != "of") continue;
        for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
          const PhraseCoding& inner = codings_[child];
          if (inner.computed && inner.actors.size() == 1 &&
              inner.actors.front().code.starts_with("IGO"))
            found = inner.actors;
        }
      }
    }
  }
  // "to discuss the African debt crisis, the Chad political situation": a topic named by a
  // country before it is about the country, not the country.
  if (!found.empty()) {
    const uint32_t head_end = own_end(node, own);
    const std::string_view head_word = head_end > local_begin(node) ? word(head_end - 1) : "";
    // (Not "Argentina's problems", whose owner acts; nor an "issue", a word that also names
    // a statement.)
    if ((head_word == "situation" || head_word == "question" || head_word == "problem" ||
         head_word == "problems") &&
        std::all_of(found.begin(), found.end(), [&](const CodedActor& actor) {
          return actor.token_end < head_end && word(actor.token_end) != "'s" &&
                 word(actor.token_end) != "'";
        }))
      found.clear();
  }
  // "McDonnell Douglas Corp <MD.N>": a name with a ticker is a company listed where the
  // ticker's suffix says (data/exchanges.txt), and is found again by its first word.
  const bool listed_company = found.empty() && company_with_ticker(node, found);
  std::vector<const TokenMatch*>& agents = scratch_.agents;
  agents.clear();
  for (const TokenMatch& match : agent_matches_)
    if (match.begin >= local_begin(node) && match.end <= local_end(node) && own[match.begin] &&
        // ("General Dynamics Corp <GD.N>" is no general.)
        !(listed_company && match.begin >= found.front().token_begin &&
          match.end <= found.front().token_end))
      agents.push_back(&match);
  const bool own_actor = !found.empty();
  bool backs_a_state = false;
  if (!own_actor) {
    // An agent (or nothing) here: the actor may be in a complement ("officials in Fornost").
    for (int32_t pp : prepositional) {
      // With no agent of its own, a phrase is its complement's actor ("a delegation from
      // Gondor"), but not through a preposition of topic ("his words about the president").
      // "kidnappers of four professors, three American": those who acted on the complement
      // are not its people.
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_perpetrator_noun(word(local_begin(tree_[pp]) - 1)))
        continue;
      // "discuss the problems of Afghanistan": a topic is not its country.
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_topic_noun(word(local_begin(tree_[pp]) - 1)))
        continue;
      // "supporters of Baghdad": those who back a state are not it; they are other states,
      // unnamed (UIS, below).
      if (local_begin(tree_[pp]) > 0 && word(local_begin(tree_[pp])) == "of" &&
          is_backer_noun(word(local_begin(tree_[pp]) - 1))) {
        for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling)
          if (codings_[child].computed && codings_[child].actors.size() == 1 &&
              is_state_code(codings_[child].actors.front().code))
            backs_a_state = true;
        continue;
      }
      if (agents.empty()) {
        const int32_t preposition = tree_[pp].first_child;
        if (preposition < 0 || !tree_[preposition].is_preterminal()) continue;
        const std::string_view word_text = word(local_begin(tree_[preposition]));
        if (is_topic_preposition(word_text)) continue;
      }
      for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
        const PhraseCoding& inner = codings_[child];
        if (!inner.computed || !inner.has_actor || inner.invented) continue;
        found = inner.actors;
        break;
      }
      if (!found.empty()) break;
    }
  }
  if (found.empty())
    if (const PhraseCoding* organisation =
            office_of_organisation(node, prepositional, agents, own)) {
      coding.actors = organisation->actors;
      return;
    }
  if (found.empty() && memory_ != nullptr && !memory_->learned_names.empty()) {
    for (uint32_t t = local_begin(node); t < local_end(node) && found.empty(); ++t) {
      if (!own[t] || tag(t) != "NNP") continue;
      const DocumentMemory::LearnedName* name =
          memory_->learned(document_.tokens[first_token_ + t].norm);
      // Only a lone name that no dictionary knows may be a misspelling of a learned one.
      if (name == nullptr && actor_at_[t] < 0 && agent_at_[t] < 0 && local_end(node) == t + 1 &&
          local_begin(node) + 1 >= t)
        name = memory_->learned_misspelt(document_.tokens[first_token_ + t].norm);
      if (name == nullptr) continue;
      CodedActor coded;
      coded.code = name->code;
      coded.token_begin = t;
      coded.token_end = t + 1;
      coded.entries = name->entries;
      found.push_back(std::move(coded));
    }
  }
  // "Alexander Ivanov, head of the Gulf desk at the Soviet Foreign Ministry,": a name no
  // dictionary knows, then an apposition that names an actor. The name stands for that actor
  // here and in later sentences.
  if (found.empty() && agents.empty() && children.size() >= 3 &&
      label_is(tree_[children[0]].label, "NP") &&
      std::string_view(tree_[children[1]].label) == ",") {
    const PhraseCoding& apposition = codings_[children[2]];
    // ("William Bywater, president of the International Union of Electronic Workers,": an
    // organisation known by its role words, LAB, names its officer too.)
    const bool role_only = apposition.actors.size() == 1 &&
                           apposition.actors.front().code.size() == 6 &&
                           apposition.actors.front().code.starts_with("---") &&
                           !apposition.actors.front().code.ends_with("GOV");
    if (label_is(tree_[children[2]].label, "NP") && apposition.computed &&
        (apposition.has_actor || role_only) && apposition.actors.size() == 1) {
      const TreeNode& name = tree_[children[0]];
      bool all_names = local_end(name) - local_begin(name) >= 2;
      for (uint32_t t = local_begin(name); t < local_end(name) && all_names; ++t)
        all_names = tag(t) == "NNP" && actor_at_[t] < 0;
      if (all_names) {
        found = apposition.actors;
        learn_name(local_end(name) - 1, found.front());
      }
    }
  }
  // "Maynard Glitman, who heads the American team,": a name no dictionary knows, then a
  // relative clause saying what the person heads, leads, chairs or is. The name stands for the
  // actor of that clause's object, here and later.
  if (found.empty() && agents.empty() && children.size() >= 3 &&
      label_is(tree_[children[0]].label, "NP") &&
      std::string_view(tree_[children[1]].label) == "," &&
      label_is(tree_[children[2]].label, "SBAR")) {
    const TreeNode& name = tree_[children[0]];
    bool all_names = local_end(name) - local_begin(name) >= 2;
    for (uint32_t t = local_begin(name); t < local_end(name) && all_names; ++t)
      all_names = tag(t) == "NNP" && actor_at_[t] < 0;
    const int32_t relative = tree_[children[2]].first_child;
    const int32_t clause = relative >= 0 ? tree_[relative].next_sibling : -1;
    const int32_t predicate = clause >= 0 ? tree_[clause].first_child : -1;
    if (all_names && relative >= 0 && label_is(tree_[relative].label, "WHNP") &&
        word(local_begin(tree_[relative])) == "who" && clause >= 0 &&
        is_clause(tree_[clause].label) && predicate >= 0 &&
        label_is(tree_[predicate].label, "VP")) {
      const int32_t verb = tree_[predicate].first_child;
      const std::string_view verb_word =
          verb >= 0 && tree_[verb].is_preterminal() ? word(local_begin(tree_[verb])) : "";
      const bool heads = verb_word == "heads" || verb_word == "headed" || verb_word == "leads" ||
                         verb_word == "led" || verb_word == "chairs" || verb_word == "chaired" ||
                         verb_word == "represents" || verb_word == "represented" ||
                         verb_word == "is" || verb_word == "was";
      const int32_t object = verb >= 0 ? tree_[verb].next_sibling : -1;
      if (heads && object >= 0 && label_is(tree_[object].label, "NP") &&
          codings_[object].computed && codings_[object].actors.size() == 1 &&
          !codings_[object].actors.front().code.starts_with("---")) {
        found = codings_[object].actors;
        learn_name(local_end(name) - 1, found.front());
      }
    }
  }
  // "South-east Asian Nations (ASEAN)": an acronym in brackets names what the words before it
  // do not.
  if (found.empty() && agents.empty())
    for (int32_t child : children) {
      if (!label_is(tree_[child].label, "PRN")) continue;
      for (int32_t inner = tree_[child].first_child; inner >= 0 && found.empty();
           inner = tree_[inner].next_sibling)
        if (label_is(tree_[inner].label, "NP") && codings_[inner].computed &&
            codings_[inner].has_actor && codings_[inner].actors.size() == 1)
          found = codings_[inner].actors;
    }
  if (found.empty() && options_.resolve_pronouns) resolve_pair(node_index, found);
  if (found.empty() && options_.resolve_pronouns) resolve_country_reference(node_index, found);
  // "countries hit by the tsunami", "70 poorer nations": states the text does not name are
  // CAMEO's unidentified state actor.
  // (The head, not a last word in a phrase after it: "the tariffs announced ... with the
  // United States" are no states.)
  const uint32_t head_end = own_end(node, own);
  // (Nor a phrase whose own noun phrase names them already: "the two countries | dealing
  // with ...". "a large number of developing countries" still are, through its "of" phrase.)
  bool named_inside = false, participle = false;
  for (int32_t child : children) {
    if (label_is(tree_[child].label, "NP") && codings_[child].computed && codings_[child].has_actor)
      named_inside = true;
    if (label_is(tree_[child].label, "VP")) participle = true;
  }
  const bool states_head = (head_end > local_begin(node) && is_states_noun(word(head_end - 1))) ||
                           (!participle && is_states_noun(word(local_end(node) - 1)));
  // "talks with several countries including Japan", "negotiating with several companies
  // including Toshiba": a plural phrase that names no one stands for those it lists after
  // "including" (which parsers hang on the verb).
  if (found.empty() && !named_inside && local_end(node) == head_end &&
      head_end > local_begin(node) && tag(head_end - 1) == "NNS")
    found = included_actors(head_end);
  if (options_.unnamed_states_are_uis && found.empty() && agents.empty() && !named_inside &&
      (states_head || backs_a_state)) {
    CodedActor unnamed;
    unnamed.code = "UIS";
    unnamed.token_begin = local_begin(node);
    unnamed.token_end = local_end(node);
    found.push_back(std::move(unnamed));
  }
  // "the Iraq-Iran war": a conflict between the two sides a hyphenated pair names is about
  // both ("efforts to end the Iraq-Iran war" act on Iraq and on Iran).
  if (agents.empty() && found.size() <= 1 && local_end(node) > local_begin(node) + 1 &&
      is_conflict_noun(word(local_end(node) - 1))) {
    std::vector<CodedActor> sides = hyphenated_pair(local_begin(node), local_end(node) - 1);
    if (!sides.empty()) {
      found = std::move(sides);
    } else if (found.size() == 1 && word(local_end(node) - 1) == "war" &&
               word(local_begin(node)) == "the" && local_end(node) == local_begin(node) + 3 &&
               found.front().token_begin == local_begin(node) + 1 &&
               found.front().token_end == local_end(node) - 1) {
      // "the way the Iraq war was sold", "the legality of the Iraq war": a war named by one
      // country is the event, not that country, which is no party to what is said of it.
      found.clear();
    }
  }
  // "breached GATT trade rules", "broke EU law": an organisation's rules or law are no act
  // of the organisation's and no party to what is done to them.
  if (agents.empty() && found.size() == 1 && found.front().code.starts_with("IGO") &&
      found.front().token_end < local_end(node) && found.front().token_end + 2 >= local_end(node)) {
    const std::string_view head = word(local_end(node) - 1);
    if (head == "rules" || head == "law" || head == "laws" || head == "regulations" ||
        head == "resolutions" || head == "guidelines")
      found.clear();
  }
  if (found.empty() && agents.empty()) {
    code_new_actor(node_index);
    return;
  }
  // "The prime minister also urged ...": a bare title names the person the story is about,
  // as "he" does; that person's country is the title's.
  // The person a bare title names: that person's country and dictionary lines, at the title.
  const auto title_holder = [&](const CodedActor& titled) {
    CodedActor holder;
    holder.code = titled.code.substr(0, 3);
    holder.token_begin = agents.front()->begin;
    holder.token_end = agents.back()->end;
    holder.entries = titled.entries;
    return holder;
  };
  // ("the prime minister's visit": the title in a possessive before the head.)
  const int32_t possessor = children.empty() ? -1 : children.front();
  const bool titled_possessor = possessor >= 0 && label_is(tree_[possessor].label, "NP") &&
                                local_end(tree_[possessor]) > local_begin(tree_[possessor]) &&
                                tag(local_end(tree_[possessor]) - 1) == "POS" &&
                                is_title_of_subject_person(possessor, own);
  if (found.empty() && (titled_possessor || is_title_of_subject_person(node_index, own))) {
    found.push_back(title_holder(memory_->subject_person));
  } else if (found.empty() && memory_ != nullptr && !memory_->has_subject_person &&
             !agents.empty() && word(local_begin(node)) == "the" &&
             is_person_title(word(agents.back()->end - 1)) &&
             (agents.back()->end == own_end(node, own) ||
              (agents.back()->end + 1 == own_end(node, own) && tag(agents.back()->end) == "POS"))) {
    // "Before meeting with Bush, the Crown Prince paid a courtesy call": with no person as
    // the last sentence's subject, a bare title names the person last named with it.
    const std::string_view title = word(agents.back()->end - 1);
    for (auto it = memory_->titled_people.rbegin(); it != memory_->titled_people.rend(); ++it) {
      if (it->title != title) continue;
      found.push_back(title_holder(it->person));
      break;
    }
  }
  coding.has_actor = !found.empty();
  if (found.empty()) {
    CodedActor unknown;
    unknown.code = "---";
    unknown.token_begin = agents.front()->begin;
    unknown.token_end = agents.back()->end;
    found.push_back(std::move(unknown));
  }
  if (agents.empty()) {
    coding.actors = std::move(found);
    return;
  }
  static const Agent kFormer{"ELI", false, "former", "", 0};
  // Agents joined by a conjunction ("media and government") are alternatives: one actor
  // each. The others apply to every alternative ("Danish Islamist media and government").
  size_t chain_begin = 0, chain_end = 0;
  for (size_t index = 0; index + 1 < agents.size(); ++index) {
    if (!conjoined(agents[index]->end, agents[index + 1]->begin, own)) continue;
    chain_begin = index;
    chain_end = index + 2;
    while (chain_end < agents.size() &&
           conjoined(agents[chain_end - 1]->end, agents[chain_end]->begin, own))
      ++chain_end;
    break;
  }
  std::vector<std::vector<const TokenMatch*>> alternatives;
  if (chain_end > chain_begin) {
    for (size_t chosen = chain_begin; chosen < chain_end; ++chosen) {
      std::vector<const TokenMatch*> selection;
      for (size_t index = 0; index < agents.size(); ++index)
        if (index < chain_begin || index >= chain_end || index == chosen)
          selection.push_back(agents[index]);
      alternatives.push_back(std::move(selection));
    }
  } else {
    alternatives.push_back(agents);
  }
  for (const CodedActor& actor : found) {
    for (const auto& selection : alternatives) {
      CodedActor composed = actor;
      if (former) {
        composed.code = compose(composed.code, kFormer);
      } else {
        // Suffix agents in order, then prefix agents ("MSF Arnor diplomat" -> NGOARNGOV).
        for (const TokenMatch* match : selection) {
          const Agent& agent = dictionaries_.actors().agent(match->value);
          if (!agent.prefix) composed.code = compose(composed.code, agent);
        }
        for (const TokenMatch* match : selection) {
          const Agent& agent = dictionaries_.actors().agent(match->value);
          if (agent.prefix) composed.code = compose(composed.code, agent);
        }
      }
      for (const TokenMatch* match : selection) {
        const Agent& agent = dictionaries_.actors().agent(match->value);
        composed.entries.push_back({&agent.file, agent.line, &agent.written, "agent"});
        composed.token_begin = std::min(composed.token_begin, match->begin);
        composed.token_end = std::max(composed.token_end, match->end);
      }
      coding.actors.push_back(std::move(composed));
    }
  }
  learn_titled_name(node_index, coding, own);
}

const PhraseCoding* SentenceCoder::office_of_organisation(
    const TreeNode& node, const std::vector<int32_t>& prepositional,
    const std::vector<const TokenMatch*>& agents, const std::vector<char>& own) const {
  static constexpr std::string_view kOffices[] = {
      "president",   "vice-president", "chairman",  "chairwoman", "head",
      "leader",      "chief",          "director",  "secretary",  "spokesman",
      "spokeswoman", "official",       "officials", "members",    "member"};
  static constexpr std::string_view kOrganisations[] = {
      "union",   "unions",   "federation", "association", "confederation", "league",
      "council", "alliance", "syndicate",  "guild",       "society"};
  const uint32_t head_end = own_end(node, own);
  if (head_end == local_begin(node) || head_end >= token_count_) return nullptr;
  const uint32_t head = head_end - 1;
  const bool office = is_one_of(kOffices, word(head));
  if (!office && !is_one_of(kOrganisations, word(head))) return nullptr;
  // The head may be the phrase's only agent ("president"), never one of several.
  for (const TokenMatch* agent : agents)
    if (agent->begin != head || agent->end != head_end) return nullptr;
  // "the president of", "the International Union of", not "Soviet president of".
  for (uint32_t t = local_begin(node); t < head; ++t) {
    if (!own[t]) return nullptr;
    if (actor_at_[t] >= 0 || agent_at_[t] >= 0) return nullptr;
    if (tag(t) != "DT" && (office || (tag(t) != "NNP" && tag(t) != "JJ"))) return nullptr;
  }
  const std::string_view preposition = word(head_end);
  if (preposition != "of" && preposition != "for") return nullptr;
  for (int32_t pp : prepositional) {
    if (local_begin(tree_[pp]) != head_end) continue;
    for (int32_t child = tree_[pp].first_child; child >= 0; child = tree_[child].next_sibling) {
      const PhraseCoding& inner = codings_[child];
      if (!label_is(tree_[child].label, "NP") || !inner.computed || inner.actors.size() != 1)
        continue;
      const std::string& code = inner.actors.front().code;
      // An unnamed organisation known only by its role: "---LAB", never a government.
      if (code.size() != 6 || !code.starts_with("---") || code.ends_with("GOV")) continue;
      return &inner;
    }
    return nullptr;
  }
  return nullptr;
}

std::vector<CodedActor> SentenceCoder::included_actors(uint32_t after) const {
  uint32_t at = after;
  if (at < token_count_ && word(at) == ",") ++at;
  if (at + 1 >= token_count_ || word(at) != "including") return {};
  int32_t listed = -1;
  for (size_t node = 0; node < tree_.size(); ++node)
    if (label_is(tree_[node].label, "NP") && local_begin(tree_[node]) == at + 1 &&
        codings_[node].computed && codings_[node].has_actor &&
        (listed < 0 || local_end(tree_[node]) > local_end(tree_[listed])))
      listed = static_cast<int32_t>(node);
  if (listed < 0) return {};
  return codings_[listed].actors;
}

// "the prime minister", "the Home Secretary": the definite article, then only the words of
// one title of a single person (and a possessive ending), with the story's last subject a
// person of a known country.
bool SentenceCoder::is_title_of_subject_person(int32_t node_index,
                                               const std::vector<char>& own) const {
  if (memory_ == nullptr || !memory_->has_subject_person) return false;
  const std::string& person = memory_->subject_person.code;
  if (person.size() < 3 || !is_country_code(std::string_view(person).substr(0, 3))) return false;
  const TreeNode& node = tree_[node_index];
  const uint32_t begin = local_begin(node);
  if (word(begin) != "the") return false;
  uint32_t last = begin;
  for (uint32_t t = begin + 1; t < local_end(node); ++t) {
    if (!own[t]) continue;
    // ("the prime minister's visit": the possessive ending is no word of the title.)
    if (tag(t) == "POS" && t + 1 == local_end(node)) break;
    if (agent_at_[t] < 0 || actor_at_[t] >= 0) return false;
    last = t;
  }
  return last > begin && is_person_title(word(last)) && tag(last) != "NNS" && tag(last) != "NNPS";
}

// "West German President Richard von Weizsaecker": a country and a title coded the phrase,
// and it ends in a name no dictionary knows. Later sentences that name him by his last word
// get the same code.
void SentenceCoder::learn_titled_name(int32_t node_index, const PhraseCoding& coding,
                                      const std::vector<char>& own) {
  if (memory_ == nullptr || coding.actors.size() != 1) return;
  const CodedActor& actor = coding.actors.front();
  // A title without a country ("Foreign Undersecretary X", ---GOV) is learned too: the
  // article's main country may give it one at the end.
  if (actor.code.size() < 3) return;
  if (!actor.code.starts_with("---") && !is_country_code(std::string_view(actor.code).substr(0, 3)))
    return;
  const TreeNode& node = tree_[node_index];
  uint32_t end = local_end(node);
  while (end > local_begin(node) && !own[end - 1]) --end;
  uint32_t begin = end;
  while (begin > local_begin(node) && own[begin - 1] && tag(begin - 1) == "NNP" &&
         actor_at_[begin - 1] < 0 && agent_at_[begin - 1] < 0)
    --begin;
  if (end - begin < 2 || begin < actor.token_end) return;
  learn_name(end - 1, actor);
  // ("West German President Richard von Weizsaecker ... the President".)
  if (begin > 0 && agent_at_[begin - 1] >= 0 && is_person_title(word(begin - 1)) &&
      !actor.code.starts_with("---"))
    memory_->titled_people.push_back({std::string(word(begin - 1)), actor});
}

namespace {

// "MD", "GD.N", "TSBA.T": one to six capitals or digits, then perhaps a dot and an exchange.
bool looks_like_ticker(std::string_view text, std::string_view& suffix) {
  const size_t dot = text.find('.');
  const std::string_view symbol = text.substr(0, dot);
  suffix = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  const auto capitals = [](std::string_view part, bool digits) {
    return std::all_of(part.begin(), part.end(), [&](char c) {
      return (c >= 'A' && c <= 'Z') || (digits && c >= '0' && c <= '9');
    });
  };
  if (symbol.empty() || symbol.size() > 6 || !capitals(symbol, true)) return false;
  if (dot != std::string_view::npos &&
      (suffix.empty() || suffix.size() > 3 || !capitals(suffix, false)))
    return false;
  // Five letters ending in Y or X with no exchange: a foreign company's American receipts
  // ("NSANY") or a fund, not a company of the country the bare ticker stands for.
  if (suffix.empty() && symbol.size() == 5 && (symbol.back() == 'Y' || symbol.back() == 'X'))
    return false;
  return true;
}

// Words that begin many companies' names and so cannot name one company alone later.
bool is_generic_company_word(std::string_view norm) {
  static constexpr std::string_view kWords[] = {
      "general",    "american",   "international", "national",     "united",   "first",
      "royal",      "british",    "japan",         "japanese",     "nippon",   "new",
      "bank",       "union",      "pacific",       "standard",     "southern", "northern",
      "western",    "eastern",    "central",       "consolidated", "allied",   "associated",
      "banque",     "banco",      "deutsche",      "swiss",        "overseas", "commonwealth",
      "imperial",   "federal",    "texas",         "dutch",        "hongkong", "hong",
      "canadian",   "australian", "world",         "global",       "trans",    "continental",
      "industrial", "security",   "north",         "south",        "east",     "west",
      "great",      "home",       "public",        "state",        "city"};
  return is_one_of(kWords, norm);
}

}  // namespace

bool SentenceCoder::company_with_ticker(const TreeNode& node, std::vector<CodedActor>& found) {
  const uint32_t begin = local_begin(node), end = local_end(node);
  for (uint32_t t = begin; t + 2 < end; ++t) {
    if (word(t) != "<" || word(t + 2) != ">") continue;
    std::string_view suffix;
    if (!looks_like_ticker(written(t + 1), suffix)) continue;
    const ExchangeEntry* exchange = dictionaries_.exchange(suffix);
    if (exchange == nullptr) continue;
    // The name: the capitalized words right before the ticker.
    uint32_t first = t;
    while (first > begin &&
           (tag(first - 1) == "NNP" || tag(first - 1) == "NNPS" || word(first - 1) == "&"))
      --first;
    if (first == t) continue;
    CodedActor company;
    company.code = exchange->country + "BUS";
    company.token_begin = first;
    company.token_end = t + 3;
    company.entries.push_back({&exchange->file, exchange->line, &exchange->text, "exchange"});
    const std::string& name_word = document_.tokens[first_token_ + first].norm;
    if (memory_ != nullptr && name_word.size() >= 4 && !is_generic_company_word(name_word) &&
        actor_at_[first] < 0 && agent_at_[first] < 0)
      memory_->learn(name_word, company.code, company.entries);
    found.push_back(std::move(company));
    return true;
  }
  return false;
}

// Remembers the word at `last_word` (a name's last word) as standing for `actor`; a name
// with a particle ("al-Shaheen") is also found without it ("Shaheen").
void SentenceCoder::learn_name(uint32_t last_word, const CodedActor& actor) {
  if (memory_ == nullptr) return;
  const std::string& surname = document_.tokens[first_token_ + last_word].norm;
  if (surname.size() < 3) return;
  memory_->learn(surname, actor.code, actor.entries);
  const size_t hyphen = surname.find('-');
  if (hyphen != std::string::npos && hyphen <= 3 && surname.size() - hyphen > 3)
    memory_->learn(std::string_view(surname).substr(hyphen + 1), actor.code, actor.entries);
}

void SentenceCoder::code_new_actor(int32_t node_index) {
  // PETRARCH's new_actor_length: a short noun phrase that names no known actor stands for
  // itself, coded as its words in quotes ("THE MINISTRY OF MAGIC").
  if (options_.new_actor_length <= 0) return;
  const TreeNode& node = tree_[node_index];
  for (size_t sub = static_cast<size_t>(node_index) + 1;
       sub < tree_.size() && tree_[sub].token_end <= node.token_end &&
       tree_[sub].token_begin >= node.token_begin;
       ++sub) {
    const std::string& label = tree_[sub].label;
    if (label_is(label, "SBAR") || is_clause(label) || label_is(label, "VP")) return;
  }
  std::string name;
  int words = 0;
  for (uint32_t t = local_begin(node); t < local_end(node); ++t) {
    const std::string_view part = tag(t);
    if (part == "POS" || part == "," || part == "." || part == ":" || part == "``" ||
        part == "''" || part == "-LRB-" || part == "-RRB-")
      continue;
    if (!name.empty()) name.push_back(' ');
    for (char c : word(t))
      name.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    ++words;
  }
  if (words == 0 || words > options_.new_actor_length) return;
  PhraseCoding& coding = codings_[node_index];
  coding.has_actor = true;
  coding.invented = true;
  CodedActor actor;
  actor.code = "\"" + name + "\"";
  actor.token_begin = local_begin(node);
  actor.token_end = local_end(node);
  coding.actors.push_back(std::move(actor));
}

bool SentenceCoder::conjoined(uint32_t left_end, uint32_t right_begin,
                              const std::vector<char>& own) const {
  bool conjunction = false;
  for (uint32_t t = left_end; t < right_begin; ++t) {
    if (!own[t]) return false;
    const std::string_view part = tag(t);
    // ("the U.S./Japan agreement": a slash joins two names as "and" does.)
    if (part == "CC" || part == "," || word(t) == "/")
      conjunction = true;
    else if (part != "DT" && part != "JJ" && part != "JJR" && part != "JJS" && part != "RB")
      return false;
  }
  return conjunction;
}

// One word in capitals with at most four letters ("U.S.", "UK", "EU"): a name used as an
// adjective as often as a noun.
bool SentenceCoder::is_abbreviation(uint32_t begin, uint32_t end) const {
  if (end == begin + 2 && word(begin) == "the") ++begin;  // "the UK and French governments"
  if (end != begin + 1) return false;
  const std::string_view text = document_.text_of(document_.tokens[first_token_ + begin].span);
  int letters = 0;
  for (char c : text) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (c != '.')
      return false;
  }
  return letters >= 2 && letters <= 4;
}

}  // namespace herald::coding::internal
