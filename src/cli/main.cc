// herald: news articles in, coded events out.
#include <algorithm>
#include <iostream>

#include "cli/command.h"

namespace herald::cli {

std::vector<Command>& command_registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace herald::cli

int main(int argc, char** argv) {
  using namespace herald::cli;
  CLI::App app{
      "herald turns news articles into event data: who did what to whom, when and where,\n"
      "coded in CAMEO, with the people, places, quotes and figures each article contains.",
      "herald"};
  app.set_version_flag("--version", std::string("herald ") + HERALD_VERSION);
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::simple);

  std::vector<Command> commands = command_registry();
  std::stable_sort(commands.begin(), commands.end(),
                   [](const Command& a, const Command& b) { return a.order < b.order; });
  std::vector<std::pair<CLI::App*, RunFunction>> runners;
  for (const Command& command : commands) {
    CLI::App* subcommand = app.add_subcommand(command.name, command.summary);
    runners.emplace_back(subcommand, command.configure(*subcommand));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForAllHelp& help) {
    return app.exit(help);
  } catch (const CLI::CallForVersion& version) {
    return app.exit(version);
  } catch (const CLI::ParseError& error) {
    std::cerr << "herald: " << error.what() << "\n"
              << "Run 'herald --help' for usage.\n";
    return kExitUsage;
  }
  for (auto& [subcommand, run] : runners) {
    if (subcommand->parsed()) {
      try {
        return run();
      } catch (const std::exception& error) {
        std::cerr << "herald " << subcommand->get_name() << ": internal error: " << error.what()
                  << "\n";
        return 3;
      }
    }
  }
  return kExitUsage;
}
