// `ailit rules eval` (cli/rules_eval_command.cpp), run with string streams.
#include <fstream>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "rules_eval_command.h"
#include "support/files.h"

namespace ailit::cli {
namespace {

using ::testing::HasSubstr;
using ::testing::MatchesRegex;

struct EvalRun {
  int code;
  std::string out;
  std::string err;
};

EvalRun Eval(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  int code = RunRulesEval(args, in, out, err);
  return {code, out.str(), err.str()};
}

std::string Fixture(const char* name) {
  return ailit::testing::SourcePath(std::string("tests/fixtures/rules/") + name).string();
}

TEST(RulesEval, PlainPackFromFileOneLinePerFactSet) {
  EvalRun r =
      Eval({"--rules", Fixture("basketball.json"), "--facts", Fixture("basketball.ndjson")});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "[\"fouledOut\"]\n[]\n[\"overtime\"]\n");
  EXPECT_EQ(r.err, "");
}

TEST(RulesEval, FactsFromStandardInputWithPathsAndAilitPack) {
  std::string input =
      "{\"uses_generative_ai\": true, \"governance\": {\"genai_guidelines\": \"draft\"}, "
      "\"employees\": 1200}\n"
      "{\"uses_generative_ai\": true, \"governance\": {\"genai_guidelines\": \"yes\"}}\n";
  EvalRun r = Eval({"--rules", Fixture("ailit_pack.json"), "--facts", "-"}, input);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "[\"genai-guidelines\",\"large-organisation\"]\n[]\n");
  EvalRun no_facts_option = Eval({"--rules", Fixture("ailit_pack.json")}, input);
  EXPECT_EQ(no_facts_option.out, r.out);
}

TEST(RulesEval, BadLinesPrintAnErrorObjectAndTheRestGoesOn) {
  std::string input =
      "{\"gameDuration\": 40, \"personalFoulCount\": 5}\nnot json\n\n[1]\n"
      "{\"gameDuration\": 48, \"personalFoulCount\": 6}";  // no final newline
  EvalRun r = Eval({"--rules", Fixture("basketball.json")}, input);
  EXPECT_EQ(r.code, 2);
  std::vector<std::string> lines;
  std::istringstream s(r.out);
  for (std::string line; std::getline(s, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 5u) << r.out;
  EXPECT_EQ(lines[0], "[\"fouledOut\"]");
  EXPECT_THAT(lines[1], MatchesRegex(R"(\{"error":".+","line":2\})"));
  EXPECT_THAT(lines[2], MatchesRegex(R"(\{"error":".*empty.*","line":3\})"));
  EXPECT_THAT(lines[3], MatchesRegex(R"(\{"error":".*JSON object.*","line":4\})"));
  EXPECT_EQ(lines[4], "[\"fouledOut\"]");
}

TEST(RulesEval, Stats) {
  EvalRun r = Eval({"--rules", Fixture("basketball.json"), "--stats"},
                   "{\"gameDuration\": 40}\n{\"gameDuration\": 49}\n");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "[]\n[\"overtime\"]\n");
  EXPECT_THAT(r.err,
              MatchesRegex(R"(\{"fact_sets":2,"parse_seconds":[0-9.e-]+,"eval_seconds":[0-9.e-]+\}
)"));
}

TEST(RulesEval, MalformedPackReportsEveryErrorOnStderr) {
  std::string dir = ::testing::TempDir();
  std::string path = dir + "/bad_pack.json";
  {
    std::ofstream f(path);
    f << R"([{"name": "a", "conditions": {"all": [{"fact": "x", "operator": "equals", "value": 1},
                                                  {"fact": "x", "operator": "equal"}]}}])";
  }
  EvalRun r = Eval({"--rules", path}, "{}\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_THAT(r.err,
              HasSubstr("rule \"a\": /0/conditions/all/0/operator: unknown operator \"equals\""));
  EXPECT_THAT(r.err, HasSubstr("rule \"a\": /0/conditions/all/1: missing \"value\""));
}

TEST(RulesEval, UsageAndArgumentErrors) {
  EvalRun help = Eval({"--help"});
  EXPECT_EQ(help.code, 0);
  EXPECT_THAT(help.out, HasSubstr("usage: ailit rules eval --rules PACK"));
  EXPECT_EQ(Eval({}).code, 2);
  EXPECT_EQ(Eval({"--rules"}).code, 2);
  EXPECT_EQ(Eval({"--rules", Fixture("basketball.json"), "--bogus"}).code, 2);
  EXPECT_EQ(Eval({"--rules", Fixture("basketball.json"), "extra"}).code, 2);
  EvalRun missing = Eval({"--rules", Fixture("no_such_pack.json")});
  EXPECT_EQ(missing.code, 2);
  EXPECT_THAT(missing.err, HasSubstr("no such file"));
  EvalRun missing_facts =
      Eval({"--rules", Fixture("basketball.json"), "--facts", "/no/such.ndjson"});
  EXPECT_EQ(missing_facts.code, 2);
}

TEST(RulesEval, EmptyInputPrintsNothing) {
  EvalRun r = Eval({"--rules", Fixture("basketball.json")}, "");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace ailit::cli
