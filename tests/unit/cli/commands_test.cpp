// The validate and score commands: output, exit codes and help, run in-process with string
// streams. (tests/unit/cli/ailit_binary_test.cpp runs the real binary for standard input.)
#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands.h"
#include "support/files.h"
#include "support/profile_builder.h"

namespace ailit::cli {
namespace {

using ailit::testing::ProfileBuilder;
using ailit::testing::SourcePath;

struct CommandRun {
  int code;
  std::string out;
  std::string err;
};

CommandRun Call(int (*command)(const std::vector<std::string>&, std::ostream&, std::ostream&),
                std::vector<std::string> args) {
  std::ostringstream out, err;
  int code = command(args, out, err);
  return {code, out.str(), err.str()};
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  auto path = std::filesystem::temp_directory_path() / ("ailit_test_" + name);
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

TEST(ValidateCommand, ValidProfileExitsZeroWithValidTrue) {
  CommandRun r = Call(RunValidate, {SourcePath("profiles/municipality.json").string()});
  EXPECT_EQ(r.code, kExitOk) << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject()) << r.out;
  EXPECT_TRUE(doc["valid"].GetBool());
  EXPECT_EQ(doc["errors"].Size(), 0u);
}

TEST(ValidateCommand, InvalidProfileExitsTwoWithEveryErrorOnStderr) {
  std::string path = WriteTemp("invalid.json", ProfileBuilder()
                                                   .Set("/organisation/employees", "0")
                                                   .Set("/governance/budget", "\"soms\"")
                                                   .Json());
  CommandRun r = Call(RunValidate, {path});
  EXPECT_EQ(r.code, kExitInvalidInput);
  EXPECT_NE(r.err.find("error: /organisation/employees: must be a whole number"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("error: /governance/budget: \"soms\" is not one of the allowed values"),
            std::string::npos);
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_TRUE(doc.IsObject());
  EXPECT_FALSE(doc["valid"].GetBool());
  EXPECT_EQ(doc["errors"].Size(), 2u);
  EXPECT_STREQ(doc["errors"][0]["pointer"].GetString(), "/organisation/employees");
}

TEST(ValidateCommand, WarningsDoNotFailValidation) {
  std::string path = WriteTemp("warn.json", ProfileBuilder().Set("/colour", "\"blue\"").Json());
  CommandRun r = Call(RunValidate, {path});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.err.find("warning: /colour: unknown field \"colour\" is ignored"), std::string::npos);
}

TEST(ValidateCommand, QuietPrintsNothingOnStdout) {
  CommandRun r = Call(RunValidate, {"--quiet", SourcePath("profiles/hospital.json").string()});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_TRUE(r.out.empty());
}

TEST(ValidateCommand, MissingFileAndBadArgumentsExitTwo) {
  CommandRun missing = Call(RunValidate, {"/nonexistent/profile.json"});
  EXPECT_EQ(missing.code, kExitInvalidInput);
  EXPECT_NE(missing.err.find("no such file"), std::string::npos);
  EXPECT_EQ(Call(RunValidate, {}).code, kExitInvalidInput);
  CommandRun unknown = Call(RunValidate, {"--frobnicate", "x.json"});
  EXPECT_EQ(unknown.code, kExitInvalidInput);
  EXPECT_NE(unknown.err.find("unknown option --frobnicate"), std::string::npos);
}

TEST(ValidateCommand, RefusesAFileOverTheLimitWithoutReadingIt) {
  std::string path = WriteTemp("huge.json", std::string(4 * 1024 * 1024 + 1, ' '));
  CommandRun r = Call(RunValidate, {path});
  EXPECT_EQ(r.code, kExitInvalidInput);
  EXPECT_NE(r.err.find("larger than"), std::string::npos);
}

TEST(ValidateCommand, HelpExitsZero) {
  CommandRun r = Call(RunValidate, {"--help"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.out.find("usage: ailit validate"), std::string::npos);
}

TEST(ScoreCommand, PrintsScoresWithReasonsInTheChosenLanguage) {
  std::string path = WriteTemp("design.json", ProfileBuilder().Json());
  CommandRun en = Call(RunScore, {path});
  ASSERT_EQ(en.code, kExitOk) << en.err;
  rapidjson::Document doc;
  doc.Parse(en.out.c_str());
  ASSERT_TRUE(doc.IsObject());
  const auto& scores = doc["scores"];
  EXPECT_EQ(scores["overall"].GetInt(), 43);
  EXPECT_STREQ(scores["level"].GetString(), "medium");
  EXPECT_EQ(scores["systems"][0]["nature"].GetInt(), 23);
  EXPECT_STREQ(scores["systems"][0]["id"].GetString(), "chatbot");
  EXPECT_EQ(scores["groups"][0]["gap"].GetInt(), 1);
  std::string reason = scores["systems"][0]["factors"][0]["reason"].GetString();
  EXPECT_NE(reason.find("risk class"), std::string::npos);

  CommandRun nl = Call(RunScore, {path, "--lang", "nl", "--compact"});
  ASSERT_EQ(nl.code, kExitOk);
  EXPECT_EQ(std::count(nl.out.begin(), nl.out.end(), '\n'), 1);
  EXPECT_NE(nl.out.find("risicoklasse"), std::string::npos);
}

TEST(ScoreCommand, WarnsWhenTheSectorHasNoRiskOfItsOwn) {
  std::string path = WriteTemp(
      "agri.json", ProfileBuilder().Set("/organisation/sector", "\"agriculture\"").Json());
  CommandRun r = Call(RunScore, {path, "--compact"});
  ASSERT_EQ(r.code, kExitOk) << r.err;
  EXPECT_NE(r.err.find("warning: /organisation/sector: sector \"agriculture\" has no"),
            std::string::npos)
      << r.err;
  rapidjson::Document doc;
  doc.Parse(r.out.c_str());
  ASSERT_EQ(doc["warnings"].Size(), 1u);
  EXPECT_NE(std::string(doc["warnings"][0]["message"].GetString()).find("municipality"),
            std::string::npos);
  CommandRun known = Call(RunScore, {SourcePath("profiles/municipality.json").string()});
  EXPECT_EQ(known.err.find("sector-specific"), std::string::npos);
}

TEST(ScoreCommand, InvalidProfileOrLanguageExitsTwo) {
  std::string path = WriteTemp("bad.json", ProfileBuilder().Erase("/organisation/name").Json());
  CommandRun r = Call(RunScore, {path});
  EXPECT_EQ(r.code, kExitInvalidInput);
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("required field \"name\" is missing"), std::string::npos);
  CommandRun lang = Call(RunScore, {SourcePath("profiles/hospital.json").string(), "--lang", "de"});
  EXPECT_EQ(lang.code, kExitInvalidInput);
  EXPECT_NE(lang.err.find("--lang must be en or nl"), std::string::npos);
  EXPECT_EQ(Call(RunScore, {"--help"}).code, kExitOk);
}

}  // namespace
}  // namespace ailit::cli
