#include "herald/pipeline.h"

#include <gtest/gtest.h>

#include <atomic>

#include "herald/thread_pool.h"

namespace herald {
namespace {

class FakeStage final : public Stage {
 public:
  FakeStage(std::string name, AnnotationSet needs, AnnotationSet gives)
      : name_(std::move(name)), needs_(needs), gives_(gives) {}
  std::string_view name() const override { return name_; }
  AnnotationSet requires_annotations() const override { return needs_; }
  AnnotationSet assigns_annotations() const override { return gives_; }
  Status run(Document& document) const override {
    document.metadata[name_] = "ran";
    if (name_ == "failing") return Status::data_error("broken");
    return Status::ok();
  }

 private:
  std::string name_;
  AnnotationSet needs_, gives_;
};

std::unique_ptr<Stage> stage(std::string name, AnnotationSet needs, AnnotationSet gives) {
  return std::make_unique<FakeStage>(std::move(name), needs, gives);
}

}  // namespace

TEST(Pipeline, BuildChecksThatEveryInputIsProduced) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(stage("coder", {Annotation::kTrees}, {Annotation::kEvents}));
  auto pipeline = Pipeline::build(std::move(stages));
  ASSERT_FALSE(pipeline.is_ok());
  EXPECT_NE(pipeline.status().message().find("'coder' needs trees"), std::string::npos)
      << pipeline.status().message();
}

TEST(Pipeline, RunsStagesInOrderAndNamesTheFailingOne) {
  std::vector<std::unique_ptr<Stage>> stages;
  stages.push_back(stage("segment", {Annotation::kText}, {Annotation::kSentences}));
  stages.push_back(stage("failing", {Annotation::kSentences}, {}));
  auto pipeline = Pipeline::build(std::move(stages));
  ASSERT_TRUE(pipeline.is_ok());
  EXPECT_TRUE(pipeline->produces().has(Annotation::kSentences));
  Document document;
  Status status = pipeline->run(document);
  EXPECT_EQ(status.code(), StatusCode::kDataError);
  EXPECT_EQ(status.message(), "failing: broken");
  EXPECT_EQ(document.metadata["segment"], "ran");
}

TEST(RunOrdered, EmitsInSourceOrderWithManyThreads) {
  for (size_t threads : {0u, 1u, 2u, 8u}) {
    int produced = 0;
    std::vector<std::string> seen;
    std::atomic<int> processed{0};
    const size_t count = run_ordered(
        threads,
        [&]() -> std::optional<Document> {
          if (produced == 500) return std::nullopt;
          Document document;
          document.id = std::to_string(produced++);
          return document;
        },
        [&](Document& document) {
          document.text = "processed " + document.id;
          ++processed;
        },
        [&](Document& document) { seen.push_back(document.text); });
    EXPECT_EQ(count, 500u);
    EXPECT_EQ(processed.load(), 500);
    ASSERT_EQ(seen.size(), 500u);
    for (int i = 0; i < 500; ++i) EXPECT_EQ(seen[i], "processed " + std::to_string(i));
  }
}

TEST(Document, ValidateFindsSpansOutsideTheText) {
  Document document;
  document.text = "Harris met Lopez Obrador.";
  document.tokens.push_back({{0, 6}, "harris", "", "NNP"});
  EXPECT_TRUE(document.validate().is_ok());
  document.mentions.push_back({});
  document.mentions.back().span = {11, 99};
  Status status = document.validate();
  EXPECT_FALSE(status.is_ok());
  EXPECT_NE(status.message().find("mention 0"), std::string::npos);
}

}  // namespace herald
