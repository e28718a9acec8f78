// Retail (example): the plugin a sector association copies to write its own (README.md, and
// docs/plugins.md in the ailit sources for the whole guide).
//
// A plugin adds a sector's layer to the core plan. This one serves the sector "retail" and adds
// what the core cannot tell from a retail profile on its own:
//   - a generative chatbot that talks to customers: the staff behind it need to know its limits,
//     when a person takes over, and the AI Act's transparency rule (Art. 50(1));
//   - staff who draft texts with generative AI that customers then read (product descriptions,
//     newsletters): they check every claim before it is published.
//
// The knowledge is data, in data/, embedded into the library by ailit_add_plugin:
//   facts.json        the core facts this code reads ("reads") and the facts it derives
//   sector_risk.json  the sector's base risk score and the adjustments SectorRisk may apply
//   rules.json        when a measure is needed: rules over core facts and the derived facts
//   measures.json     what each measure is, in English and Dutch, with its sources
// This file holds only what JSON cannot say: how the derived facts and the sector risk follow
// from a profile.
//
// One request, for a profile whose organisation.sector is "retail":
//   1. the host fills in the profile's facts;
//   2. it calls SectorRisk, applies the adjustments it returns and scores the profile;
//   3. it fills in the score facts and calls DeriveFacts;
//   4. it runs the core rules and this plugin's rules, and builds the plan.
// For a profile of any other sector, this plugin is not called and its rules do not run.
//
// Threads: the host calls SectorRisk and DeriveFacts from many threads at once, each with its
// own request. They keep nothing between calls and change nothing shared. Anything they throw,
// including the ailit::sdk::HostError a refused Request call throws, is caught by the SDK and
// returned to the host as an error: the plan is then made without that part (no adjustments, or
// no derived facts and none of this plugin's rules), and its warnings name the plugin.
#include <cstdint>
#include <string_view>

#include <ailit/plugin.hpp>

namespace {

using ailit::sdk::Request;

// The core facts this code reads, in the order of "reads" in data/facts.json: the host hands
// facts out by their index in that list, so the two must match one for one. List only what this
// code reads; the rules in data/rules.json may use any core fact (docs/rules.md) without it.
enum Read : std::uint32_t {
  kSystemId,              // "system.id"
  kSystemKind,            // "system.kind"
  kSystemExternalFacing,  // "system.external_facing"
  kSystemAffected,        // "system.affected"
  kSystemStatus,          // "system.status"
  kSystemPersonalData,    // "system.personal_data"
  kGroupRole,             // "group.role"
  kGroupSystems,          // "group.systems"
};

// The facts this code sets, in the order of "derives" in data/facts.json. Rules name them with
// the plugin id in front, e.g. "org.example.retail.customer_chatbot". A fact the code does not
// set stays undefined, which no `equal ... true` condition matches.
enum Derive : std::uint32_t {
  kCustomerChatbot,  // scope "system": one value per AI system
  kDraftsWithGenai,  // scope "staff_group": one value per staff group
};

// The adjustments of the "retail" entry in data/sector_risk.json, in their order there:
// SectorRisk sets bit i to add the points of adjustment i.
enum Adjustment : unsigned {
  kCustomerChatbotLive,
  kCustomerProfiling,
};

// A generative system that customers deal with directly and that concerns them. The profile has
// no kind "chatbot": a chatbot built on a language model is kind "generative", and
// "external_facing" says people outside the organisation see it. In a shop that is, almost
// always, a chat assistant on the web shop or in customer service.
//
// The text String() returns belongs to the host and stays valid while the current call
// (SectorRisk or DeriveFacts) runs: use it there, never keep it for a later request.
bool IsCustomerChatbot(const Request& r, std::uint32_t system) {
  return r.String(kSystemKind, system) == "generative" && r.Bool(kSystemExternalFacing, system) &&
         r.Contains(kSystemAffected, system, "customers");
}

// A system that profiles customers: recommendations or predictions from their personal data,
// such as purchase history or a loyalty card.
bool IsCustomerProfiling(const Request& r, std::uint32_t system) {
  std::string_view kind = r.String(kSystemKind, system);
  std::string_view data = r.String(kSystemPersonalData, system);
  return (kind == "recommender" || kind == "predictive") &&
         (data == "personal" || data == "special_category") &&
         r.Contains(kSystemAffected, system, "customers");
}

// Generative AI that customers do not see themselves: what it writes reaches them, if at all,
// through a member of staff (a product text, a newsletter, a social media post).
bool IsStaffSideGenai(const Request& r, std::uint32_t system) {
  return r.String(kSystemKind, system) == "generative" && !r.Bool(kSystemExternalFacing, system);
}

// The roles that write for customers in a shop: store and customer-service staff (end_user),
// those who run the web shop's tools (operator) and marketing (communications). Other roles that
// use generative AI, such as HR or IT, get the core's general generative-AI measures only.
bool WritesForCustomers(std::string_view role) {
  return role == "end_user" || role == "operator" || role == "communications";
}

// Before scoring. Reads profile facts only: the score facts (scores.*, system.risk,
// group.gap...) are not known yet and read as undefined. Returns the adjustments to apply.
std::uint64_t SectorRisk(const Request& r) {
  std::uint64_t bits = 0;
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    // A planned chatbot talks to nobody yet; a pilot already talks to real customers.
    if (IsCustomerChatbot(r, s) && r.String(kSystemStatus, s) != "planned") {
      bits |= 1ULL << kCustomerChatbotLive;
    }
    if (IsCustomerProfiling(r, s)) bits |= 1ULL << kCustomerProfiling;
  }
  return bits;
}

// After scoring: may read every core fact listed in "reads", scores included. Sets every derived
// fact for every item (system or staff group), so a rule never meets a gap.
void DeriveFacts(Request& r) {
  for (std::uint32_t s = 0; s < r.systems(); ++s) {
    r.Set(kCustomerChatbot, s, IsCustomerChatbot(r, s));
  }
  std::uint32_t drafting_groups = 0;
  for (std::uint32_t g = 0; g < r.groups(); ++g) {
    bool drafts = false;
    if (WritesForCustomers(r.String(kGroupRole, g))) {
      // group.systems lists the ids of the systems the group uses (from each system's used_by).
      for (std::uint32_t s = 0; s < r.systems() && !drafts; ++s) {
        drafts = IsStaffSideGenai(r, s) && r.Contains(kGroupSystems, g, r.String(kSystemId, s));
      }
    }
    r.Set(kDraftsWithGenai, g, drafts);
    drafting_groups += drafts ? 1 : 0;
  }
  // Logged through the host, which names the plugin: `ailit plugins check` shows every line,
  // other commands only warnings and errors. This runs for every request, so log sparingly.
  ailit::sdk::Log::Debug(drafting_groups > 0 ? "staff draft customer texts with generative AI"
                                             : "no staff draft customer texts with generative AI");
}

// The sectors served, as in a profile's organisation.sector. One plugin per sector: the host
// refuses a second plugin for a sector that is already served.
constexpr const char* kSectors[] = {"retail"};

}  // namespace

// The one symbol the host looks up. MakePlugin fills in the descriptor: the ABI version and size
// this was built with, the identity, the sectors and the functions above (nullptr for either
// function leaves it out), and the documents that ailit_add_plugin embedded. The id is the
// plugin's reverse-DNS name: it prefixes the derived facts and must be the "id" of rules.json.
// The version is that of the knowledge: raise the major version when a measure id is removed or
// renamed.
AILIT_PLUGIN_EXPORT const ailit_plugin* ailit_plugin_entry(void) noexcept {
  static const ailit_plugin plugin = ailit::sdk::MakePlugin<&SectorRisk, &DeriveFacts>(
      "org.example.retail", "Retail (example)", "1.0.0", kSectors);
  return &plugin;
}
