// The batch form that RulePack::Evaluate runs must agree with the jump code (EvaluateByJumps)
// and with Trace on every pack and fact set. Thousands of generated packs (nested all / any /
// not, every operator, constants of every type, fact-to-fact and path conditions, for_each
// rules) meet fact tables full of the values the fast loops leave to careful mode: strings
// without a symbol, numeric strings, long lists, NaN, -0, infinities, objects.
#include <cmath>
#include <deque>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "ailit/facts.h"
#include "ailit/rules.h"
#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit {
namespace {

const std::vector<std::string> kWords = {"a", "b", "c", "ab", "5", "2.5", " 3 ", "", "zz"};
const std::vector<std::string> kNumbers = {"0", "-0", "1", "2", "2.5", "3", "10", "-1", "1e3"};
const std::vector<std::string> kOps = {
    "equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive",
    "in",    "notIn",    "contains", "doesNotContain"};

std::vector<Firing> FiredByTrace(const RulePack& pack, const FactTable& table) {
  std::vector<Firing> fired;
  for (const RuleTrace& t : pack.Trace(table)) {
    if (t.fired) fired.push_back({t.rule, t.item});
  }
  return fired;
}

std::vector<Firing> FiredByJumps(const RulePack& pack, const FactTable& table) {
  std::vector<Firing> fired;
  internal::EvaluateByJumps(internal::Access::Program(pack), internal::Access::State(table), fired);
  return fired;
}

class Generator {
 public:
  explicit Generator(std::uint32_t seed) : rng_(seed) {}

  int Pick(int n) { return static_cast<int>(rng_() % static_cast<std::uint32_t>(n)); }
  bool OneIn(int n) { return Pick(n) == 0; }
  const std::string& Word() { return kWords[static_cast<std::size_t>(Pick(9))]; }
  const std::string& Number() { return kNumbers[static_cast<std::size_t>(Pick(9))]; }

  std::string Quote(const std::string& s) { return "\"" + s + "\""; }

  std::string WordList(int max_items) {
    std::string s = "[";
    for (int i = 0, n = Pick(max_items + 1); i < n; ++i) s += (i ? ", " : "") + Quote(Word());
    return s + "]";
  }

  // A constant of any type, shaped to suit `op` most of the time.
  std::string Value(const std::string& op) {
    if (op == "in" || op == "notIn") {
      if (OneIn(6)) return R"([1, "a", null, true, 2.5])";
      return WordList(OneIn(4) ? 7 : 4);
    }
    switch (Pick(10)) {
      case 0:
      case 1:
      case 2:
        return Number();
      case 3:
      case 4:
      case 5:
        return Quote(Word());
      case 6:
        return OneIn(2) ? "true" : "false";
      case 7:
        return "null";
      case 8:
        return WordList(3);
      default:
        return R"({"k": 1})";
    }
  }

  // A leaf over one of `facts`; with `paths`, sometimes with a path.
  std::string Leaf(const std::vector<std::string>& facts, bool paths) {
    const std::string& op = kOps[static_cast<std::size_t>(Pick(10))];
    std::string leaf = R"({"fact": )" +
                       Quote(facts[static_cast<std::size_t>(Pick(static_cast<int>(facts.size())))]);
    if (paths && OneIn(6)) {
      static const char* kPaths[] = {"$.length", "$[0]", "$[1]", "$.k"};
      leaf += R"(, "path": ")" + std::string(kPaths[Pick(4)]) + "\"";
    }
    leaf += R"(, "operator": ")" + op + R"(", "value": )";
    if (OneIn(8)) {
      leaf += R"({"fact": )" +
              Quote(facts[static_cast<std::size_t>(Pick(static_cast<int>(facts.size())))]) + "}";
    } else {
      leaf += Value(op);
    }
    return leaf + "}";
  }

  std::string Condition(const std::vector<std::string>& facts, bool paths, int depth) {
    int kind = depth == 0 ? Pick(3) : (depth > 3 ? 3 : Pick(5));
    if (kind == 3 || kind == 4) return Leaf(facts, paths);
    if (kind == 2) return R"({"not": )" + Condition(facts, paths, depth + 1) + "}";
    std::string s = std::string("{\"") + (kind == 0 ? "all" : "any") + "\": [";
    for (int i = 0, n = OneIn(10) ? 0 : 1 + Pick(4); i < n; ++i) {
      s += (i ? ", " : "") + Condition(facts, paths, depth + 1);
    }
    return s + "]}";
  }

 private:
  std::mt19937 rng_;
};

// Open catalogue, facts from JSON objects through JsonFactLoader (paths resolved at load).
TEST(BatchEvaluate, AgreesWithJumpsAndTraceOnGeneratedPlainPacks) {
  Generator gen(7);
  const std::vector<std::string> facts = {"n0", "n1", "s0", "s1", "l0", "l1", "b0", "o0"};
  int compared = 0;
  for (int p = 0; p < 1500; ++p) {
    std::string pack_json = "[";
    for (int r = 0, n = 1 + gen.Pick(12); r < n; ++r) {
      pack_json += (r ? ",\n" : "") + std::string(R"({"name": "r)") + std::to_string(r) +
                   R"(", "conditions": )" + gen.Condition(facts, true, 0) + "}";
    }
    pack_json += "]";
    FactCatalogue catalogue = FactCatalogue::Open();
    RulePackResult compiled = CompileRulePack(pack_json, "gen.json", catalogue);
    ASSERT_TRUE(compiled.ok()) << compiled.diagnostics.errors[0].message << "\n" << pack_json;
    JsonFactLoader loader(catalogue);
    FactTable table(catalogue);
    std::vector<Firing> fired;
    for (int f = 0; f < 20; ++f) {
      std::string set = "{";
      for (const std::string& name : facts) {
        if (gen.OneIn(5)) continue;
        std::string value;
        switch (gen.Pick(8)) {
          case 0:
          case 1:
            value = gen.Number();
            break;
          case 2:
          case 3:
            value = gen.Quote(gen.Word());
            break;
          case 4:
            value = gen.WordList(gen.OneIn(3) ? 7 : 4);
            break;
          case 5:
            value = gen.OneIn(2) ? "true" : "false";
            break;
          case 6:
            value = "null";
            break;
          default:
            value = R"({"k": [1, "a"], "length": 3})";
        }
        set += (set.size() > 1 ? ", " : "") + gen.Quote(name) + ": " + value;
      }
      set += "}";
      ASSERT_TRUE(loader.Load(set, table).ok()) << set;
      compiled.pack->Evaluate(table, fired);
      ASSERT_EQ(fired, FiredByJumps(*compiled.pack, table)) << pack_json << "\n" << set;
      ASSERT_EQ(fired, FiredByTrace(*compiled.pack, table)) << pack_json << "\n" << set;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 1500 * 20);
}

// Closed catalogue filled through the setters: for_each rules over systems and staff groups,
// strings with and without symbols, arrays the caller builds (numbers, symbol-less strings, long
// lists), objects, NaN, -0 and infinities; paths walked at evaluation.
TEST(BatchEvaluate, AgreesWithJumpsAndTraceOnGeneratedProfilePacks) {
  Generator gen(11);
  const std::vector<std::string> globals = {"g0", "g1", "g2", "g3"};
  const std::vector<std::string> systems = {"g0", "g1", "s0", "s1", "s2"};
  const std::vector<std::string> groups = {"g2", "g3", "p0", "p1", "p2"};
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const std::vector<double> numbers = {0, -0.0, 1, 2, 2.5, 3, 10, -1, kInf, -kInf, std::nan("")};
  int compared = 0;
  for (int p = 0; p < 1500; ++p) {
    FactCatalogue catalogue = FactCatalogue::Closed();
    for (const std::string& g : globals) (void)catalogue.Declare(g, FactScope::kGlobal);
    for (const char* s : {"s0", "s1", "s2"}) (void)catalogue.Declare(s, FactScope::kSystem);
    for (const char* g : {"p0", "p1", "p2"}) (void)catalogue.Declare(g, FactScope::kGroup);
    std::string pack_json = R"({"id": "gen", "version": "1", "rules": [)";
    for (int r = 0, n = 1 + gen.Pick(12); r < n; ++r) {
      int scope = gen.Pick(3);
      const std::vector<std::string>& facts =
          scope == 0 ? globals : (scope == 1 ? systems : groups);
      pack_json += (r ? ",\n" : "") + std::string(R"({"id": "rule-)") + std::to_string(r) + "\"" +
                   (scope == 1   ? R"(, "for_each": "system")"
                    : scope == 2 ? R"(, "for_each": "staff_group")"
                                 : "") +
                   R"(, "conditions": )" + gen.Condition(facts, true, 0) +
                   R"(, "activates": [{"measure": "m"}]})";
    }
    pack_json += "]}";
    RulePackResult compiled = CompileRulePack(pack_json, "gen.json", catalogue);
    ASSERT_TRUE(compiled.ok()) << compiled.diagnostics.errors[0].message << "\n" << pack_json;

    FactTable table(catalogue);
    std::vector<Firing> fired;
    std::deque<std::vector<FactValue>> arrays;  // items of the arrays set below
    std::string object_text = R"({"k": 1})";
    for (int f = 0; f < 12; ++f) {
      arrays.clear();
      auto value = [&]() -> FactValue {
        switch (gen.Pick(9)) {
          case 0:
            return FactValue();
          case 1:
            return FactValue::Null();
          case 2:
            return FactValue::Bool(gen.OneIn(2));
          case 3:
          case 4:
            return FactValue::Number(numbers[static_cast<std::size_t>(gen.Pick(11))]);
          case 5:
          case 6: {
            const std::string& w = gen.Word();
            return FactValue::String(w, gen.OneIn(3) ? kNoSymbol : catalogue.FindSymbol(w));
          }
          case 7: {
            std::vector<FactValue>& items = arrays.emplace_back();
            for (int i = 0, n = gen.Pick(gen.OneIn(3) ? 8 : 5); i < n; ++i) {
              if (gen.OneIn(5)) {
                items.push_back(FactValue::Number(numbers[static_cast<std::size_t>(gen.Pick(8))]));
              } else {
                const std::string& w = gen.Word();
                items.push_back(
                    FactValue::String(w, gen.OneIn(4) ? kNoSymbol : catalogue.FindSymbol(w)));
              }
            }
            return FactValue::Array(items.data(), static_cast<std::uint32_t>(items.size()), &items);
          }
          default:
            return FactValue::Object(object_text, &object_text);
        }
      };
      std::size_t system_count = static_cast<std::size_t>(gen.Pick(4));
      std::size_t group_count = static_cast<std::size_t>(gen.Pick(4));
      table.Reset(system_count, group_count);
      for (const std::string& g : globals) {
        table.Set(FactScope::kGlobal, 0, catalogue.Find(g)->slot, value());
      }
      for (std::size_t i = 0; i < system_count; ++i) {
        for (const char* s : {"s0", "s1", "s2"}) {
          table.Set(FactScope::kSystem, i, catalogue.Find(s)->slot, value());
        }
      }
      for (std::size_t i = 0; i < group_count; ++i) {
        for (const char* g : {"p0", "p1", "p2"}) {
          table.Set(FactScope::kGroup, i, catalogue.Find(g)->slot, value());
        }
      }
      compiled.pack->Evaluate(table, fired);
      ASSERT_EQ(fired, FiredByJumps(*compiled.pack, table)) << pack_json;
      ASSERT_EQ(fired, FiredByTrace(*compiled.pack, table)) << pack_json;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 1500 * 12);
}

}  // namespace
}  // namespace ailit
