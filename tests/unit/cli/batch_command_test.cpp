#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <istream>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "commands.h"
#include "support/profile_builder.h"

namespace ailit::cli {
namespace {

using testing::ProfileBuilder;

struct BatchRun {
  int code;
  std::vector<std::string> lines;
  std::string err;
};

BatchRun RunWith(const std::vector<std::string>& args, const std::string& input) {
  std::istringstream in(input);
  std::ostringstream out, err;
  BatchRun run{RunBatch(args, in, out, err), {}, err.str()};
  std::istringstream lines(out.str());
  for (std::string line; std::getline(lines, line);) run.lines.push_back(line);
  return run;
}

std::string Named(const std::string& name) {
  return ProfileBuilder().Set("/organisation/name", testing::Quote(name)).Json();
}

TEST(BatchCommandTest, KeepsInputOrderAcrossThreadsAndBlocks) {
  std::string input;
  const int kLines = 600;  // several blocks of 2 threads x 64 lines
  for (int i = 0; i < kLines; ++i) input += Named("Org " + std::to_string(i)) + "\n";
  BatchRun run = RunWith({"--threads", "2", "--no-progress"}, input);
  EXPECT_EQ(run.code, kExitOk) << run.err;
  ASSERT_EQ(run.lines.size(), static_cast<std::size_t>(kLines));
  for (int i = 0; i < kLines; ++i) {
    rapidjson::Document doc;
    doc.Parse(run.lines[i].c_str());
    ASSERT_TRUE(doc.IsObject()) << "line " << i + 1;
    EXPECT_EQ(std::string(doc["organisation"]["name"].GetString()), "Org " + std::to_string(i));
    EXPECT_TRUE(doc.HasMember("measures"));
  }
}

TEST(BatchCommandTest, ABadLineGetsAnErrorObjectAndTheRestStillRun) {
  std::string input = Named("First") + "\n" + "{\"organisation\": \n" + "\n" +
                      ProfileBuilder().Set("/organisation/employees", "0").Json() + "\n" +
                      Named("Last") + "\n";
  BatchRun run = RunWith({"--threads", "3", "--no-progress"}, input);
  EXPECT_EQ(run.code, kExitInvalidInput);
  ASSERT_EQ(run.lines.size(), 5u);
  rapidjson::Document doc;
  doc.Parse(run.lines[0].c_str());
  EXPECT_EQ(std::string(doc["organisation"]["name"].GetString()), "First");
  for (int i : {1, 2, 3}) {
    doc.Parse(run.lines[static_cast<std::size_t>(i)].c_str());
    ASSERT_TRUE(doc.IsObject()) << run.lines[static_cast<std::size_t>(i)];
    EXPECT_EQ(doc["line"].GetInt(), i + 1);
    EXPECT_TRUE(doc.HasMember("error"));
    EXPECT_TRUE(doc["details"].IsArray());
  }
  doc.Parse(run.lines[3].c_str());
  ASSERT_GE(doc["details"].Size(), 1u);
  EXPECT_EQ(std::string(doc["details"][0]["pointer"].GetString()), "/organisation/employees");
  doc.Parse(run.lines[4].c_str());
  EXPECT_EQ(std::string(doc["organisation"]["name"].GetString()), "Last");
}

TEST(BatchCommandTest, ShowsProgressWhenAsked) {
  BatchRun run = RunWith({"--progress", "--threads", "1"}, Named("A") + "\n{}\n");
  EXPECT_EQ(run.code, kExitInvalidInput);
  EXPECT_NE(run.err.find("ailit batch: 2 profiles"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 error"), std::string::npos) << run.err;
  BatchRun quiet = RunWith({"--no-progress"}, Named("A") + "\n");
  EXPECT_EQ(quiet.err, "");
}

TEST(BatchCommandTest, EmptyInputGivesEmptyOutput) {
  BatchRun run = RunWith({"--no-progress"}, "");
  EXPECT_EQ(run.code, kExitOk);
  EXPECT_TRUE(run.lines.empty());
}

TEST(BatchCommandTest, RefusesBadArguments) {
  for (auto args : std::vector<std::vector<std::string>>{{"--threads", "0"},
                                                         {"--threads", "x"},
                                                         {"--threads", "257"},
                                                         {"profiles.ndjson"},
                                                         {"--lang", "de"}}) {
    BatchRun run = RunWith(args, "");
    EXPECT_EQ(run.code, kExitInvalidInput) << args[0];
    EXPECT_NE(run.err.find("usage: ailit batch"), std::string::npos);
  }
}

TEST(BatchCommandTest, WritesTheChosenLanguage) {
  BatchRun en = RunWith({"--no-progress"}, Named("A") + "\n");
  BatchRun nl = RunWith({"--no-progress", "--lang", "nl"}, Named("A") + "\n");
  ASSERT_EQ(en.lines.size(), 1u);
  ASSERT_EQ(nl.lines.size(), 1u);
  EXPECT_NE(en.lines[0].find("\"lang\":\"en\""), std::string::npos);
  EXPECT_NE(nl.lines[0].find("\"lang\":\"nl\""), std::string::npos);
}

// A stream buffer that serves `text` and then fails the way a file buffer does when read()
// fails: by throwing.
class FailingInput : public std::streambuf {
 public:
  explicit FailingInput(std::string text) : text_(std::move(text)) {
    setg(text_.data(), text_.data(), text_.data() + text_.size());
  }

 protected:
  int_type underflow() override { throw std::ios_base::failure("read error"); }

 private:
  std::string text_;
};

// A stream buffer that takes `limit` bytes and then refuses, like a pipe whose reader has gone.
class ClosingOutput : public std::streambuf {
 public:
  explicit ClosingOutput(std::size_t limit) : limit_(limit) {}
  std::size_t taken = 0;

 protected:
  int_type overflow(int_type c) override {
    if (taken >= limit_) return traits_type::eof();
    ++taken;
    return c;
  }

 private:
  std::size_t limit_;
};

TEST(BatchCommandTest, AReadErrorKeepsTheAnswersBeforeItAndFails) {
  std::string input;
  for (int i = 0; i < 300; ++i) input += Named("Org " + std::to_string(i)) + "\n";
  FailingInput buffer(input);
  std::istream in(&buffer);
  std::ostringstream out, err;
  int code = RunBatch({"--threads", "2", "--no-progress"}, in, out, err);
  EXPECT_EQ(code, kExitFailure);
  EXPECT_NE(err.str().find("reading standard input failed after line 300"), std::string::npos)
      << err.str();
  std::istringstream lines(out.str());
  int count = 0;
  for (std::string line; std::getline(lines, line);) ++count;
  EXPECT_EQ(count, 300) << "every line read before the failure is answered";
}

TEST(BatchCommandTest, StopsWhenTheOutputIsGone) {
  std::string input;
  for (int i = 0; i < 2000; ++i) input += Named("Org " + std::to_string(i)) + "\n";
  std::istringstream in(input);
  ClosingOutput buffer(100000);
  std::ostream out(&buffer);
  std::ostringstream err;
  int code = RunBatch({"--threads", "2", "--no-progress"}, in, out, err);
  EXPECT_EQ(code, kExitFailure);
  EXPECT_NE(err.str().find("writing the output failed"), std::string::npos) << err.str();
  std::streamoff consumed = in.rdbuf()->pubseekoff(0, std::ios::cur, std::ios::in);
  EXPECT_LT(consumed, static_cast<std::streamoff>(input.size()))
      << "lines nobody will read are not all read and answered";
}

TEST(BatchCommandTest, ReadsWindowsLineEndings) {
  BatchRun run = RunWith({"--no-progress"}, Named("A") + "\r\n" + Named("B") + "\r\n");
  EXPECT_EQ(run.code, kExitOk) << run.err;
  ASSERT_EQ(run.lines.size(), 2u);
  EXPECT_NE(run.lines[1].find("\"name\":\"B\""), std::string::npos);
}

}  // namespace
}  // namespace ailit::cli
