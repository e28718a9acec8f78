// A fact value as JSON text, for explanations and for the facts a plan cites. Plans call it for
// every fact of every cause, so strings are escaped straight into the caller's buffer.
#include <cmath>
#include <string>
#include <string_view>

#include <rapidjson/writer.h>

#include "ailit/facts.h"
#include "json/plain_string.h"
#include "rules/internal/js.h"

namespace ailit {
namespace {

// A RapidJSON output stream that appends to a std::string, so no intermediate buffer is made.
struct StringAppender {
  using Ch = char;
  std::string& out;
  void Put(char c) { out.push_back(c); }
  void Flush() {}
};

}  // namespace

void AppendFactJson(const FactValue& v, std::string& out) {
  switch (v.kind()) {
    case FactKind::kUndefined:  // inside arrays, as JSON.stringify writes it
    case FactKind::kNull:
      out += "null";
      return;
    case FactKind::kBool:
      out += v.boolean() ? "true" : "false";
      return;
    case FactKind::kNumber:
      if (std::isfinite(v.number())) {
        internal::js::AppendNumber(v.number(), out);
      } else {
        out += "null";
      }
      return;
    case FactKind::kString: {
      if (json::IsPlainString(v.text())) {
        out.push_back('"');
        out += v.text();
        out.push_back('"');
        return;
      }
      StringAppender stream{out};
      rapidjson::Writer<StringAppender> writer(stream);
      writer.String(v.text().data(), static_cast<rapidjson::SizeType>(v.size()));
      return;
    }
    case FactKind::kArray: {
      out.push_back('[');
      bool first = true;
      for (const FactValue& item : v.items()) {
        if (!first) out.push_back(',');
        first = false;
        AppendFactJson(item, out);
      }
      out.push_back(']');
      return;
    }
    case FactKind::kObject:
      out += v.size() > 0 ? v.text() : std::string_view("{}");
      return;
  }
}

}  // namespace ailit
