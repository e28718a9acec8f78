// ailit_gen_profiles — a deterministic generator of valid, realistic ailit profiles as NDJSON.
//
// Every profile is drawn from its own std::mt19937_64, seeded from the run's seed and the
// profile's line number, with integer-only mappings to ranges (no <random> distributions, whose
// output differs between standard libraries). The same seed therefore gives the same bytes on
// every platform, and the first N lines of --count M (M > N) equal the output of --count N.
//
//   ailit_gen_profiles --seed 7 --count 1000 --sizes tiny:10,small:40,medium:30,large:15,xlarge:5
//       | ailit batch --no-progress > plans.ndjson
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>
#include <optional>
#include <random>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ailit/enums.h"
#include "catalogue.h"

namespace ailit::gen {
namespace {

constexpr const char* kUsage =
    "usage: ailit_gen_profiles [--seed N] [--count N] [--sizes MIX] [--sectors MIX]\n"
    "                          [--measures FILE] [--out FILE]\n"
    "\n"
    "Writes COUNT random but realistic ailit profiles (profile v1, DESIGN.md section 3), one\n"
    "compact JSON object per line (NDJSON), to standard output or FILE. Every line is a valid\n"
    "profile: `ailit batch` accepts all of them. The output depends only on the arguments: the\n"
    "same seed gives the same bytes on every platform, and line i does not depend on --count.\n"
    "\n"
    "  --seed N        any whole number from 0 to 18446744073709551615 (default 1)\n"
    "  --count N       number of profiles, 0 to 100000000 (default 100)\n"
    "  --sizes MIX     size classes and their relative weights, as name:weight pairs separated\n"
    "                  by commas (default tiny:10,small:40,medium:30,large:15,xlarge:5):\n"
    "                    tiny    5-9 employees, 1-2 AI tools, 1-3 staff groups (micro is an "
    "alias)\n"
    "                    small   10-49 employees, 1-5 AI systems, 2-4 staff groups\n"
    "                    medium  50-249 employees, 3-12 AI systems, 4-10 staff groups\n"
    "                    large   250-4,999 employees, 8-30 AI systems, 8-24 staff groups\n"
    "                    xlarge  5,000-20,000 employees, 25-60 AI systems, 20-40 staff groups\n"
    "                  Bigger organisations within a class get more systems and groups; the\n"
    "                  largest xlarge ones reach 60 systems and 40 groups.\n"
    "  --sectors MIX   sectors and their relative weights, as name:weight pairs (default\n"
    "                  municipality:25,hospital:25,education:25,consultancy:15,retail:10).\n"
    "                  Sectors: municipality, hospital, education, consultancy (these have an\n"
    "                  ailit plugin) and retail (no plugin: ailit warns and gives the general\n"
    "                  plan). Each draws the AI systems, staff groups, affected people and\n"
    "                  organisation kind typical of it.\n"
    "  --measures FILE a measure catalogue (core/data/measures.json or a plugin's\n"
    "                  data/measures.json: an object whose \"measures\" list holds objects with "
    "an\n"
    "                  \"id\", or such a list itself). Profiles then list some of its ids as\n"
    "                  implemented_measures, more for organisations with more mature governance.\n"
    "                  Without it implemented_measures is always empty.\n"
    "  --out FILE      write to FILE instead of standard output\n"
    "  -h, --help      show this help\n"
    "\n"
    "A weight is a whole number from 0 to 1000000; the weights of a mix must not all be 0, and a\n"
    "name may appear once. Names of AI systems and staff groups are unique within a profile and\n"
    "used_by names only groups of the same profile. A prohibited practice appears in about 1 in\n"
    "70 profiles of the default mix, another biometric system in about 1 in 40.\n"
    "\n"
    "Exit status: 0 done, 1 writing failed, 2 bad arguments or an unreadable --measures file.\n";

// ---------------------------------------------------------------------------------------------
// Randomness: std::mt19937_64 is specified bit for bit; everything on top of it is ours.

std::uint64_t SplitMix64(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}

  // Uniform in [lo, hi] (lo <= hi), by rejection so that no value is favoured.
  std::uint64_t Between(std::uint64_t lo, std::uint64_t hi) {
    const std::uint64_t span = hi - lo + 1;
    if (span == 0) return engine_();                    // the whole 64-bit range
    const std::uint64_t threshold = (0 - span) % span;  // 2^64 mod span
    for (;;) {
      const std::uint64_t x = engine_();
      if (x >= threshold) return lo + x % span;
    }
  }
  int Int(int lo, int hi) {
    return static_cast<int>(static_cast<std::int64_t>(lo) +
                            static_cast<std::int64_t>(Between(0, std::uint64_t(hi - lo))));
  }
  std::size_t Index(std::size_t n) { return static_cast<std::size_t>(Between(0, n - 1)); }
  bool Percent(int p) { return Int(0, 99) < p; }

  // An index drawn with the given relative weights; some weight must be positive.
  std::size_t Weighted(std::span<const std::uint32_t> weights) {
    std::uint64_t total = 0;
    for (std::uint32_t w : weights) total += w;
    std::uint64_t r = Between(0, total - 1);
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

  template <typename T>
  void Shuffle(std::vector<T>& v) {  // Fisher-Yates
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[Index(i)]);
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------------
// Options

struct Mix {
  std::vector<std::size_t> items;  // indexes into the class or sector table
  std::vector<std::uint32_t> weights;
};

struct Options {
  std::uint64_t seed = 1;
  std::uint64_t count = 100;
  Mix sizes;
  Mix sectors;
  std::string out;
  std::vector<std::string> measures;
};

struct UsageError {
  std::string message;
};

std::string SectorNames() {
  std::string out;
  for (const Sector& s : kSectors) {
    if (!out.empty()) out += ", ";
    out += s.id;
  }
  return out;
}

std::optional<std::size_t> SizeIndex(std::string_view name) {
  if (name == "micro") return 0;
  for (std::size_t i = 0; i < kSizeNames.size(); ++i) {
    if (kSizeNames[i] == name) return i;
  }
  return std::nullopt;
}

std::optional<std::size_t> SectorIndex(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kSectors); ++i) {
    if (kSectors[i].id == name) return i;
  }
  return std::nullopt;
}

template <typename T>
bool ParseNumber(std::string_view text, T& out) {
  if (text.empty()) return false;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && end == text.data() + text.size();
}

Mix ParseMix(std::string_view option, std::string_view text, bool sizes) {
  Mix mix;
  std::vector<bool> seen(sizes ? kSizeNames.size() : std::size(kSectors), false);
  const std::string known =
      sizes ? std::string("tiny (or micro), small, medium, large, xlarge") : SectorNames();
  std::uint64_t total = 0;
  while (true) {
    const std::size_t comma = text.find(',');
    const std::string_view pair = text.substr(0, comma);
    const std::size_t colon = pair.find(':');
    if (colon == std::string_view::npos) {
      throw UsageError{std::string(option) + ": \"" + std::string(pair) +
                       "\" is not name:weight (example: " +
                       (sizes ? "small:60,medium:30,large:10" : "municipality:50,retail:50") + ")"};
    }
    const std::string_view name = pair.substr(0, colon);
    const std::string_view weight_text = pair.substr(colon + 1);
    const std::optional<std::size_t> index = sizes ? SizeIndex(name) : SectorIndex(name);
    if (!index) {
      throw UsageError{std::string(option) + ": unknown " + (sizes ? "size class" : "sector") +
                       " \"" + std::string(name) + "\"; known: " + known};
    }
    if (seen[*index]) {
      throw UsageError{std::string(option) + ": \"" + std::string(name) + "\" appears twice"};
    }
    seen[*index] = true;
    std::uint32_t weight = 0;
    if (!ParseNumber(weight_text, weight) || weight > 1'000'000) {
      throw UsageError{std::string(option) + ": the weight of \"" + std::string(name) +
                       "\" must be a whole number from 0 to 1000000, not \"" +
                       std::string(weight_text) + "\""};
    }
    mix.items.push_back(*index);
    mix.weights.push_back(weight);
    total += weight;
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  if (total == 0) throw UsageError{std::string(option) + ": the weights are all 0"};
  return mix;
}

bool IsId(std::string_view s) {
  if (s.empty() || s.size() > 64) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
  });
}

std::vector<std::string> ReadMeasureIds(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError{"--measures: cannot read \"" + path + "\""};
  std::ostringstream text;
  text << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(text.str().c_str(), text.str().size());
  if (doc.HasParseError()) throw UsageError{"--measures: \"" + path + "\" is not JSON"};
  const rapidjson::Value* list = nullptr;
  if (doc.IsArray()) {
    list = &doc;
  } else if (doc.IsObject() && doc.HasMember("measures") && doc["measures"].IsArray()) {
    list = &doc["measures"];
  }
  if (list == nullptr) {
    throw UsageError{"--measures: \"" + path + "\" has no \"measures\" list"};
  }
  std::vector<std::string> ids;
  std::set<std::string> seen;
  for (const rapidjson::Value& m : list->GetArray()) {
    const rapidjson::Value* id = nullptr;
    if (m.IsString()) id = &m;
    if (m.IsObject() && m.HasMember("id") && m["id"].IsString()) id = &m["id"];
    if (id == nullptr) continue;
    std::string s(id->GetString(), id->GetStringLength());
    if (IsId(s) && seen.insert(s).second) ids.push_back(std::move(s));
  }
  if (ids.empty()) throw UsageError{"--measures: \"" + path + "\" names no measure ids"};
  return ids;
}

Options ParseArgs(int argc, char** argv) {
  Options o;
  o.sizes = ParseMix("--sizes", "tiny:10,small:40,medium:30,large:15,xlarge:5", true);
  o.sectors = ParseMix("--sectors",
                       "municipality:25,hospital:25,education:25,consultancy:15,retail:10", false);
  std::set<std::string> given;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::optional<std::string> value;
    if (arg.rfind("--", 0) == 0) {
      if (const std::size_t eq = arg.find('='); eq != std::string::npos) {
        value = arg.substr(eq + 1);
        arg.resize(eq);
      }
    }
    if (arg == "-h" || arg == "--help") {
      std::fputs(kUsage, stdout);
      std::exit(0);
    }
    static constexpr std::string_view kWithValue[] = {"--seed",    "--count", "--sizes",
                                                      "--sectors", "--out",   "--measures"};
    if (std::find(std::begin(kWithValue), std::end(kWithValue), arg) == std::end(kWithValue)) {
      throw UsageError{"unknown argument \"" + arg + "\" (see --help)"};
    }
    if (!given.insert(arg).second) throw UsageError{arg + " is given twice"};
    if (!value) {
      if (i + 1 >= argc) throw UsageError{arg + " needs a value"};
      value = argv[++i];
    }
    if (arg == "--seed") {
      if (!ParseNumber(*value, o.seed)) {
        throw UsageError{"--seed must be a whole number from 0 to 18446744073709551615, not \"" +
                         *value + "\""};
      }
    } else if (arg == "--count") {
      if (!ParseNumber(*value, o.count) || o.count > 100'000'000) {
        throw UsageError{"--count must be a whole number from 0 to 100000000, not \"" + *value +
                         "\""};
      }
    } else if (arg == "--sizes") {
      o.sizes = ParseMix("--sizes", *value, true);
    } else if (arg == "--sectors") {
      o.sectors = ParseMix("--sectors", *value, false);
    } else if (arg == "--out") {
      if (value->empty()) throw UsageError{"--out needs a file name"};
      o.out = *value;
    } else {
      o.measures = ReadMeasureIds(*value);
    }
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// The shape of each size class.

struct Band {
  std::uint32_t lo, hi, weight;
};

struct CountRule {  // lo..hi, growing with the organisation's place in its class
  int lo, hi, extra, spread;
};

struct SizeSpec {
  std::vector<Band> bands;
  CountRule systems, groups;
  std::array<std::uint32_t, 5> maturity;  // weights of governance maturity 0..4
  int prohibited_pct;                     // chance of one prohibited practice
};

const SizeSpec& Spec(Size s) {
  static const SizeSpec kSpecs[] = {
      {{{5, 9, 1}}, {1, 2, 0, 1}, {1, 3, 0, 1}, {50, 30, 15, 5, 0}, 0},
      {{{10, 19, 55}, {20, 49, 45}}, {1, 5, 1, 2}, {2, 4, 0, 1}, {35, 35, 20, 8, 2}, 1},
      {{{50, 99, 50}, {100, 249, 50}}, {3, 12, 2, 3}, {4, 10, 1, 2}, {20, 30, 30, 15, 5}, 2},
      {{{250, 499, 35}, {500, 999, 30}, {1000, 1999, 20}, {2000, 4999, 15}},
       {8, 30, 4, 6},
       {8, 24, 3, 4},
       {10, 25, 30, 25, 10},
       3},
      {{{5000, 7999, 45}, {8000, 11999, 35}, {12000, 20000, 20}},
       {25, 60, 12, 10},
       {20, 40, 8, 6},
       {5, 20, 30, 30, 15},
       5},
  };
  return kSpecs[static_cast<std::size_t>(s)];
}

int CountFor(Rng& rng, const CountRule& r, int scale_permille) {
  const int base = r.lo + (r.hi + r.extra - r.lo) * scale_permille / 1000;
  return std::clamp(base + rng.Int(-r.spread, r.spread), r.lo, r.hi);
}

// ---------------------------------------------------------------------------------------------
// The profile being drawn.

struct Group {
  std::string id, name;
  StaffRole role;
  std::uint32_t headcount = 1;
  Knowledge knowledge = Knowledge::kNone;
  Experience experience = Experience::kNone;
  Training training = Training::kNone;
  int dept = -1;
  bool bulk = false;
};

struct System {
  std::string id, name;
  SystemKind kind;
  RiskClass risk;
  HighRiskBasis basis;
  ProviderRole role;
  DecisionRole decision;
  std::uint16_t affected;
  std::optional<std::uint64_t> people;
  PersonalData personal_data;
  bool external_facing;
  SystemStatus status;
  std::vector<std::size_t> used_by;
};

std::string Slug(std::string_view text) {
  std::string out;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "x" : out;
}

// Picks one of the '|'-separated alternatives.
std::string_view Alternative(Rng& rng, std::string_view options) {
  std::vector<std::string_view> alts;
  for (std::size_t start = 0;;) {
    const std::size_t bar = options.find('|', start);
    alts.push_back(options.substr(start, bar - start));
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return alts[rng.Index(alts.size())];
}

class ProfileBuilder {
 public:
  ProfileBuilder(Rng& rng, const Options& options, Size size, const Sector& sector)
      : rng_(rng), options_(options), size_(size), sector_(sector), spec_(Spec(size)) {}

  void Build() {
    DrawOrganisation();
    maturity_ = static_cast<int>(rng_.Weighted(spec_.maturity));
    DrawGroups(CountFor(rng_, spec_.groups, scale_));
    DrawHeadcounts();
    for (Group& g : groups_) DrawStaffAttributes(g);
    DrawSystems(CountFor(rng_, spec_.systems, scale_));
  }

  void Write(rapidjson::Writer<rapidjson::StringBuffer>& w) {
    w.StartObject();
    Key(w, "organisation");
    w.StartObject();
    Field(w, "name", org_name_);
    Field(w, "sector", sector_.id);
    Key(w, "employees");
    w.Uint(employees_);
    Field(w, "kind", Name(sector_.kind[static_cast<std::size_t>(size_)]));
    w.EndObject();

    const bool small = size_ <= Size::kSmall;
    if (!(small && rng_.Percent(10))) WriteGovernance(w);

    Key(w, "ai_systems");
    w.StartArray();
    for (const System& s : systems_) WriteSystem(w, s);
    w.EndArray();

    Key(w, "staff_groups");
    w.StartArray();
    for (const Group& g : groups_) WriteGroup(w, g);
    w.EndArray();

    if (!rng_.Percent(10)) {
      bool customers = false;
      for (const System& s : systems_) {
        customers |= s.external_facing && s.status != SystemStatus::kPlanned;
      }
      bool external = false;
      for (const Group& g : groups_) external |= g.role == StaffRole::kExternal;
      Key(w, "external_parties");
      w.StartObject();
      Key(w, "customers_interact_with_ai");
      w.Bool(customers);
      Key(w, "service_providers_operate_ai");
      w.Bool(external ? rng_.Percent(60) : rng_.Percent(10));
      w.EndObject();
    }

    Key(w, "implemented_measures");
    w.StartArray();
    if (!options_.measures.empty()) {
      const std::size_t n =
          std::min<std::size_t>(options_.measures.size(), std::size_t(rng_.Int(0, maturity_ * 3)));
      std::vector<std::size_t> order(options_.measures.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      for (std::size_t i = 0; i < n; ++i) {  // partial Fisher-Yates: n distinct ids
        std::swap(order[i], order[i + rng_.Index(order.size() - i)]);
        w.String(options_.measures[order[i]].data(),
                 static_cast<rapidjson::SizeType>(options_.measures[order[i]].size()));
      }
    }
    w.EndArray();
    w.EndObject();
  }

 private:
  static void Key(rapidjson::Writer<rapidjson::StringBuffer>& w, std::string_view k) {
    w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
  }
  static void Field(rapidjson::Writer<rapidjson::StringBuffer>& w, std::string_view k,
                    std::string_view v) {
    Key(w, k);
    w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
  }

  void DrawOrganisation() {
    std::vector<std::uint32_t> weights;
    for (const Band& b : spec_.bands) weights.push_back(b.weight);
    const std::size_t band = rng_.Weighted(weights);
    const Band& b = spec_.bands[band];
    employees_ = static_cast<std::uint32_t>(rng_.Between(b.lo, b.hi));
    scale_ = static_cast<int>((band * 1000 + (employees_ - b.lo) * 1000 / (b.hi - b.lo + 1)) /
                              spec_.bands.size());

    static constexpr std::string_view kFirst[] = {
        "Water", "Berg", "Linde", "Eiken", "Hoog", "Oost",  "West", "Noord", "Zuid", "Molen",
        "Brug",  "Beek", "Heide", "Maas",  "Rijn", "Vliet", "Zand", "Klei",  "Veen", "Dal"};
    static constexpr std::string_view kSecond[] = {
        "dam",  "veen",  "hoven", "stede", "wijk", "berg", "dijk", "horst", "laar",  "broek",
        "mond", "haven", "rode",  "geest", "loo",  "hem",  "zijl", "burg",  "woude", "meer"};
    const std::string place = std::string(kFirst[rng_.Index(std::size(kFirst))]) +
                              std::string(kSecond[rng_.Index(std::size(kSecond))]);
    std::string pattern(Alternative(rng_, sector_.org_name[static_cast<std::size_t>(size_)]));
    const std::size_t at = pattern.find("{}");
    org_name_ = pattern.replace(at, 2, place);
  }

  void AddGroup(std::string id, std::string name, StaffRole role, int dept, bool bulk) {
    if (id.size() > 60) id.resize(60);
    if (id == "customers" || id == "service_providers") id += "_staff";
    std::string unique_id = id;
    std::string unique_name = name;
    for (int n = 2; group_ids_.count(unique_id) || group_names_.count(unique_name); ++n) {
      unique_id = id + "_" + std::to_string(n);
      unique_name = name + " " + std::to_string(n);
    }
    group_ids_.insert(unique_id);
    group_names_.insert(unique_name);
    Group g;
    g.id = std::move(unique_id);
    g.name = std::move(unique_name);
    g.role = role;
    g.dept = dept;
    g.bulk = bulk;
    groups_.push_back(std::move(g));
  }

  void AddTemplate(const GroupTemplate& t) {
    AddGroup(std::string(t.id), std::string(t.name), t.role, -1, t.bulk);
  }

  void DrawGroups(int count) {
    const auto& ts = sector_.groups;
    AddTemplate(ts[0]);                  // the sector's main body of staff
    if (count >= 2) AddTemplate(ts[1]);  // its management
    // A tiny organisation may also have a group that belongs to the next class.
    const Size reach = size_ == Size::kTiny ? Size::kSmall : size_;
    std::vector<std::size_t> optional;
    for (std::size_t i = 2; i < ts.size(); ++i) {
      if (ts[i].min_size <= reach) optional.push_back(i);
    }
    rng_.Shuffle(optional);
    // Boards first from medium on: every organisation of that size has one.
    std::stable_partition(optional.begin(), optional.end(), [&](std::size_t i) {
      return size_ >= Size::kMedium && ts[i].role == StaffRole::kBoard;
    });
    for (std::size_t i : optional) {
      if (static_cast<int>(groups_.size()) >= count) break;
      AddTemplate(ts[i]);
    }
    // Then departments: their staff, then their managers.
    std::vector<std::size_t> depts(sector_.departments.size());
    for (std::size_t i = 0; i < depts.size(); ++i) depts[i] = i;
    rng_.Shuffle(depts);
    for (int pass = 0; pass < 2 && static_cast<int>(groups_.size()) < count; ++pass) {
      for (std::size_t d : depts) {
        if (static_cast<int>(groups_.size()) >= count) break;
        const Department& dep = sector_.departments[d];
        const std::string_view who = pass == 0 ? sector_.dept_staff : sector_.dept_manager;
        AddGroup(Slug(who) + "_" + std::string(dep.slug),
                 std::string(who) + " " + std::string(dep.name),
                 pass == 0 ? sector_.dept_staff_role : StaffRole::kManagement, static_cast<int>(d),
                 pass == 0);
      }
    }
    for (int n = 1; static_cast<int>(groups_.size()) < count; ++n) {
      AddGroup("team_" + std::to_string(n), "Team " + std::to_string(n), StaffRole::kEndUser, -1,
               true);
    }
  }

  std::uint32_t Share(int lo_permille, int hi_permille, std::uint32_t min) {
    const std::uint64_t n =
        std::uint64_t(employees_) * std::uint64_t(rng_.Int(lo_permille, hi_permille)) / 1000;
    return std::max<std::uint32_t>(min, static_cast<std::uint32_t>(n));
  }

  void DrawHeadcounts() {
    const bool consultancy = sector_.id == "consultancy";
    std::uint64_t fixed = 0;
    std::vector<std::size_t> bulk;
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      Group& g = groups_[i];
      if (g.bulk) {
        bulk.push_back(i);
        continue;
      }
      switch (g.role) {
        case StaffRole::kBoard:
          g.headcount = size_ == Size::kXlarge ? rng_.Int(5, 12) : rng_.Int(3, 7);
          break;
        case StaffRole::kManagement:
          g.headcount = size_ == Size::kTiny ? rng_.Int(1, 2)
                        : g.dept >= 0        ? Share(3, 10, 2)
                                             : Share(30, 60, 2);
          break;
        case StaffRole::kAiLead:
          g.headcount = size_ == Size::kXlarge  ? rng_.Int(3, 12)
                        : size_ == Size::kLarge ? rng_.Int(1, 5)
                                                : rng_.Int(1, 2);
          break;
        case StaffRole::kDeveloper:
          g.headcount = consultancy ? Share(50, 150, 1) : Share(5, 20, 1);
          break;
        case StaffRole::kItSupport:
          g.headcount = Share(15, 40, 1);
          break;
        case StaffRole::kHr:
          g.headcount = Share(10, 25, 1);
          break;
        case StaffRole::kLegalPrivacy:
          g.headcount = Share(4, 12, 1);
          break;
        case StaffRole::kProcurement:
          g.headcount = Share(3, 10, 1);
          break;
        case StaffRole::kCommunications:
          g.headcount = Share(5, 15, 1);
          break;
        case StaffRole::kExternal:
          g.headcount = Share(20, 80, 1);
          break;
        default:
          g.headcount = Share(3, 10, 2);
          break;
      }
      fixed += g.headcount;
    }
    // The bulk groups share what is left of 90-100% of the employees.
    const std::uint64_t target = std::uint64_t(employees_) * std::uint64_t(rng_.Int(90, 100)) / 100;
    const std::uint64_t rest = target > fixed ? target - fixed : 0;
    std::vector<std::uint64_t> weights;
    std::uint64_t total = 0;
    for (std::size_t k = 0; k < bulk.size(); ++k) {
      const std::uint64_t w = std::uint64_t(k == 0 ? rng_.Int(15, 30) : rng_.Int(2, 10));
      weights.push_back(w);
      total += w;
    }
    std::uint64_t given = 0;
    for (std::size_t k = 0; k < bulk.size(); ++k) {
      const std::uint64_t n = rest * weights[k] / total;
      groups_[bulk[k]].headcount = static_cast<std::uint32_t>(std::max<std::uint64_t>(1, n));
      given += n;
    }
    if (!bulk.empty() && rest > given) {
      groups_[bulk[0]].headcount += static_cast<std::uint32_t>(rest - given);
    }
  }

  void DrawStaffAttributes(Group& g) {
    // Usual technical knowledge per role (0 none .. 3 advanced), as [lo, hi].
    int lo = 0, hi = 1;
    switch (g.role) {
      case StaffRole::kBoard:
        lo = 0, hi = 1;
        break;
      case StaffRole::kManagement:
        lo = 1, hi = 1;
        break;
      case StaffRole::kAiLead:
        lo = 2, hi = 3;
        break;
      case StaffRole::kDeveloper:
        lo = 3, hi = 3;
        break;
      case StaffRole::kOperator:
        lo = 1, hi = 2;
        break;
      case StaffRole::kItSupport:
        lo = 2, hi = 3;
        break;
      case StaffRole::kCommunications:
      case StaffRole::kEducator:
        lo = 1, hi = 2;
        break;
      case StaffRole::kExternal:
        lo = 1, hi = 3;
        break;
      case StaffRole::kEndUser:
        lo = 0, hi = sector_.id == "consultancy" ? 2 : 1;
        break;
      default:
        lo = 1, hi = 1;
        break;
    }
    g.knowledge = static_cast<Knowledge>(rng_.Int(lo, hi));
    const bool ai_people = g.role == StaffRole::kAiLead || g.role == StaffRole::kDeveloper;
    int exp = ai_people ? rng_.Int(1, 2) : rng_.Int(0, 1);
    if (maturity_ >= 3 && rng_.Percent(30)) ++exp;
    if (sector_.id == "consultancy" && rng_.Percent(40)) ++exp;
    g.experience = static_cast<Experience>(std::min(exp, 2));
    static constexpr std::uint32_t kTraining[5][3] = {
        {85, 15, 0}, {60, 35, 5}, {35, 50, 15}, {20, 50, 30}, {10, 45, 45}};
    g.training = static_cast<Training>(rng_.Weighted(kTraining[maturity_]));
  }

  std::uint16_t AffectedOf(const SystemTemplate& t) const {
    std::uint16_t a = t.affected;
    if (a & kAudience) {
      a = static_cast<std::uint16_t>((a & ~kAudience) | sector_.audience);
      if (sector_.id == "education" && (size_ == Size::kSmall || size_ == Size::kMedium)) {
        a |= A(Affected::kMinors);  // primary and secondary schools
      }
    }
    return a;
  }

  void AddSystem(const SystemTemplate& t, int dept) {
    System s;
    s.id = std::string(t.id);
    s.name = std::string(t.name);
    if (dept >= 0) {
      const Department& d = sector_.departments[static_cast<std::size_t>(dept)];
      s.id += "." + std::string(d.slug);
      s.name += " (" + std::string(d.name) + ")";
    }
    if (system_ids_.count(s.id) || system_names_.count(s.name)) return;
    system_ids_.insert(s.id);
    system_names_.insert(s.name);
    s.kind = t.kind;
    s.role = t.role;
    s.decision = t.decision;
    s.affected = AffectedOf(t);
    s.personal_data = t.personal_data;
    s.external_facing = t.external_facing;

    // Risk: less mature organisations have not assessed more of their systems.
    s.risk = t.risk;
    s.basis = t.basis;
    if (t.risk == RiskClass::kUnknown) {
      if (maturity_ >= 2 && rng_.Percent(40)) {
        if (sector_.id == "education") {
          s.risk = RiskClass::kHigh, s.basis = HighRiskBasis::kAnnexIII;
        } else {
          s.risk = rng_.Percent(50) ? RiskClass::kLimited : RiskClass::kMinimal;
        }
      }
    } else if (t.risk != RiskClass::kProhibited && rng_.Percent(5 + (4 - maturity_) * 6)) {
      s.risk = RiskClass::kUnknown;
    }
    if (s.risk == RiskClass::kHigh && rng_.Percent(8)) s.basis = HighRiskBasis::kUnknown;

    if (!rng_.Percent(15)) {
      std::uint64_t base = employees_;
      if (s.affected & ~A(Affected::kEmployees)) base *= sector_.audience_per_employee;
      const std::uint64_t reach = t.reach_pct == 0 ? std::uint64_t(rng_.Int(30, 100)) : t.reach_pct;
      s.people = base * reach / 100 * std::uint64_t(rng_.Int(50, 150)) / 100;
    }
    const int status = rng_.Int(0, 99);
    const int production = dept >= 0 ? 50 : 65;
    s.status = status < production        ? SystemStatus::kProduction
               : status < production + 20 ? SystemStatus::kPilot
                                          : SystemStatus::kPlanned;

    // Users: the department's own groups first, then groups in the preferred roles, the
    // organisation-wide ones before those of departments (except for organisation-wide tools).
    const bool org_wide = t.affected == A(Affected::kEmployees) && t.reach_pct == 0 && dept < 0;
    std::vector<std::vector<std::size_t>> tiers(1 + 2 * t.users.size());
    std::set<std::size_t> taken;
    if (dept >= 0) {
      for (std::size_t i = 0; i < groups_.size(); ++i) {
        if (groups_[i].dept == dept && taken.insert(i).second) tiers[0].push_back(i);
      }
    }
    for (std::size_t r = 0; r < t.users.size(); ++r) {
      for (std::size_t i = 0; i < groups_.size(); ++i) {
        if (groups_[i].role != t.users[r] || !taken.insert(i).second) continue;
        const bool later = !org_wide && groups_[i].dept >= 0;
        tiers[later ? 1 + t.users.size() + r : 1 + r].push_back(i);
      }
    }
    std::vector<std::size_t> candidates;
    for (auto& tier : tiers) {
      rng_.Shuffle(tier);
      candidates.insert(candidates.end(), tier.begin(), tier.end());
    }
    if (candidates.empty()) {
      for (std::size_t i = 0; i < groups_.size(); ++i) candidates.push_back(i);
      rng_.Shuffle(candidates);
    }
    const int most = org_wide ? 6 : 3;
    int k = rng_.Int(1, std::min<int>(most, static_cast<int>(candidates.size())));
    if (s.status == SystemStatus::kPlanned && rng_.Percent(30)) k = 0;
    s.used_by.assign(candidates.begin(), candidates.begin() + k);
    std::sort(s.used_by.begin(), s.used_by.end());
    systems_.push_back(std::move(s));
  }

  void DrawSystems(int count) {
    struct Candidate {
      const SystemTemplate* t;
      int dept;
    };
    std::vector<Candidate> pool;
    std::vector<std::uint32_t> weights;
    std::vector<const SystemTemplate*> prohibited;
    bool developers = false;
    for (const Group& g : groups_) developers |= g.role == StaffRole::kDeveloper;
    const bool biometrics = rng_.Percent(20);
    auto consider = [&](const SystemTemplate& t) {
      if (t.min_size > size_) return;
      if (t.risk == RiskClass::kProhibited) {
        prohibited.push_back(&t);
        return;
      }
      if (t.id == "codeassistent" && !developers) return;
      if (t.kind == SystemKind::kBiometric && !biometrics) return;  // rare
      pool.push_back({&t, -1});
      weights.push_back(t.weight);
    };
    for (const SystemTemplate& t : sector_.systems) consider(t);
    for (const SystemTemplate& t : kCommonSystems) consider(t);

    if (!prohibited.empty() && rng_.Percent(spec_.prohibited_pct)) {
      AddSystem(*prohibited[rng_.Index(prohibited.size())], -1);
    }
    // Distinct systems by weight; then, in big organisations, department variants.
    while (static_cast<int>(systems_.size()) < count && !pool.empty()) {
      const std::size_t i = rng_.Weighted(weights);
      AddSystem(*pool[i].t, -1);
      pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(i));
      weights.erase(weights.begin() + static_cast<std::ptrdiff_t>(i));
    }
    std::vector<Candidate> variants;
    if (size_ >= Size::kLarge) {
      for (const SystemTemplate* t : [&] {
             std::vector<const SystemTemplate*> v;
             for (const SystemTemplate& t : sector_.systems) v.push_back(&t);
             for (const SystemTemplate& t : kCommonSystems) v.push_back(&t);
             return v;
           }()) {
        if (!t->per_department || t->min_size > size_) continue;
        for (std::size_t d = 0; d < sector_.departments.size(); ++d) {
          variants.push_back({t, static_cast<int>(d)});
        }
      }
    }
    rng_.Shuffle(variants);
    for (const Candidate& c : variants) {
      if (static_cast<int>(systems_.size()) >= count) break;
      AddSystem(*c.t, c.dept);
    }
  }

  void WriteGovernance(rapidjson::Writer<rapidjson::StringBuffer>& w) {
    auto tri = [&](int level) {
      level = std::clamp(level, 0, 4);
      const int r = rng_.Int(0, 99);
      return r < level * 20        ? TriState::kYes
             : r < level * 25 + 20 ? TriState::kPartly
                                   : TriState::kNo;
    };
    auto doc = [&](int level) {
      const TriState t = tri(level);
      return t == TriState::kYes      ? DocState::kYes
             : t == TriState::kPartly ? DocState::kDraft
                                      : DocState::kNo;
    };
    const int m = maturity_;
    Key(w, "governance");
    w.StartObject();
    Field(w, "board_anchored", Name(tri(m)));
    Field(w, "budget", Name(tri(m - 1)));
    Key(w, "responsible_assigned");
    w.Bool(rng_.Percent(10 + m * 22));
    Field(w, "periodic_reporting", Name(tri(m - 1)));
    Field(w, "literacy_monitoring", Name(tri(m - 2)));
    const TriState inv = tri(m);
    Field(w, "ai_inventory",
          Name(inv == TriState::kYes      ? Inventory::kComplete
               : inv == TriState::kPartly ? Inventory::kPartial
                                          : Inventory::kNone));
    Field(w, "genai_guidelines", Name(doc(m + 1)));
    Field(w, "ethical_framework", Name(doc(m - 1)));
    Field(w, "ai_policy", Name(doc(m)));
    Key(w, "working_group");
    w.Bool(rng_.Percent(size_ >= Size::kMedium ? 10 + m * 20 : 3 + m * 5));
    w.EndObject();
  }

  void WriteSystem(rapidjson::Writer<rapidjson::StringBuffer>& w, const System& s) {
    w.StartObject();
    Field(w, "id", s.id);
    Field(w, "name", s.name);
    Field(w, "kind", Name(s.kind));
    Field(w, "risk_class", Name(s.risk));
    if (s.risk == RiskClass::kHigh) Field(w, "high_risk_basis", Name(s.basis));
    Field(w, "role", Name(s.role));
    Field(w, "decision_role", Name(s.decision));
    Key(w, "affected");
    w.StartArray();
    for (std::size_t a = 0; a < EnumCount<ailit::Affected>(); ++a) {
      if (s.affected & (1u << a)) {
        const std::string_view n = Name(static_cast<ailit::Affected>(a));
        w.String(n.data(), static_cast<rapidjson::SizeType>(n.size()));
      }
    }
    w.EndArray();
    if (s.people) {
      Key(w, "people_affected");
      w.Uint64(*s.people);
    }
    Field(w, "personal_data", Name(s.personal_data));
    Key(w, "external_facing");
    w.Bool(s.external_facing);
    Field(w, "status", Name(s.status));
    Key(w, "used_by");
    w.StartArray();
    for (std::size_t i : s.used_by) {
      const std::string& id = groups_[i].id;
      w.String(id.data(), static_cast<rapidjson::SizeType>(id.size()));
    }
    w.EndArray();
    w.EndObject();
  }

  void WriteGroup(rapidjson::Writer<rapidjson::StringBuffer>& w, const Group& g) {
    w.StartObject();
    Field(w, "id", g.id);
    Field(w, "name", g.name);
    Field(w, "role", Name(g.role));
    Key(w, "headcount");
    w.Uint(g.headcount);
    Field(w, "technical_knowledge", Name(g.knowledge));
    Field(w, "ai_experience", Name(g.experience));
    Field(w, "training", Name(g.training));
    w.EndObject();
  }

  Rng& rng_;
  const Options& options_;
  Size size_;
  const Sector& sector_;
  const SizeSpec& spec_;
  std::uint32_t employees_ = 0;
  int scale_ = 0;  // place within the size class, 0..999
  int maturity_ = 0;
  std::string org_name_;
  std::vector<Group> groups_;
  std::vector<System> systems_;
  std::set<std::string> group_ids_, group_names_, system_ids_, system_names_;
};

int Run(const Options& o) {
  std::FILE* out = stdout;
  if (!o.out.empty()) {
    out = std::fopen(o.out.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "ailit_gen_profiles: cannot write \"%s\": %s\n", o.out.c_str(),
                   std::strerror(errno));
      return 1;
    }
  }
  rapidjson::StringBuffer buffer;
  for (std::uint64_t i = 0; i < o.count; ++i) {
    Rng rng(SplitMix64(o.seed ^ SplitMix64(i)));
    const Size size = static_cast<Size>(o.sizes.items[rng.Weighted(o.sizes.weights)]);
    const Sector& sector = kSectors[o.sectors.items[rng.Weighted(o.sectors.weights)]];
    ProfileBuilder builder(rng, o, size, sector);
    builder.Build();
    buffer.Clear();
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    builder.Write(writer);
    buffer.Put('\n');
    if (std::fwrite(buffer.GetString(), 1, buffer.GetSize(), out) != buffer.GetSize()) break;
  }
  const bool failed =
      std::ferror(out) != 0 || std::fflush(out) != 0 || (out != stdout && std::fclose(out) != 0);
  if (failed) {
    std::fprintf(stderr, "ailit_gen_profiles: writing failed: %s\n", std::strerror(errno));
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace ailit::gen

int main(int argc, char** argv) {
  try {
    return ailit::gen::Run(ailit::gen::ParseArgs(argc, argv));
  } catch (const ailit::gen::UsageError& e) {
    std::fprintf(stderr, "ailit_gen_profiles: %s\n", e.message.c_str());
    return 2;
  }
}
