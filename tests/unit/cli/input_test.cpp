// Bounded reading of lines: a line over the limit is cut off and reported, never held whole.
#include "input.h"

#include <gtest/gtest.h>

#include <sstream>

namespace ailit::cli {
namespace {

TEST(ReadLine, SplitsLinesAndReportsTheEnd) {
  std::istringstream in("{\"a\":1}\n\n{\"b\":2}");
  std::string line;
  EXPECT_EQ(ReadLine(in, line, 100), LineStatus::kLine);
  EXPECT_EQ(line, "{\"a\":1}");
  EXPECT_EQ(ReadLine(in, line, 100), LineStatus::kLine);
  EXPECT_EQ(line, "");
  EXPECT_EQ(ReadLine(in, line, 100), LineStatus::kLine);  // last line without a newline
  EXPECT_EQ(line, "{\"b\":2}");
  EXPECT_EQ(ReadLine(in, line, 100), LineStatus::kEnd);
}

TEST(ReadLine, CutsOffALongLineAndGoesOnWithTheNext) {
  std::istringstream in(std::string(50, 'x') + "\nshort\n");
  std::string line;
  EXPECT_EQ(ReadLine(in, line, 10), LineStatus::kTooLong);
  EXPECT_EQ(line.size(), 10u);
  EXPECT_EQ(ReadLine(in, line, 10), LineStatus::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(ReadLine(in, line, 10), LineStatus::kEnd);
}

}  // namespace
}  // namespace ailit::cli
