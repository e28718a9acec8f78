// ailit/profile_facts.h — the facts rules can read about a profile and its scores.
//
// ProfileFacts declares every profile fact in a closed FactCatalogue (docs/rules.md, "Facts from
// a profile", lists them) and fills a FactTable for one profile: global facts about the
// organisation, its governance and its totals, one row per AI system (`system.*`) and one row
// per staff group (`group.*`), so `for_each` rules yield one activation per system or group.
//
//   ailit::ProfileFacts facts;                       // declares the catalogue
//   auto pack = ailit::CompileRulePack(text, "core.json", facts.catalogue());
//   ailit::FactTable table(facts.catalogue());
//   facts.Fill(profile, scores, table);
//   pack.pack->Evaluate(table, firings);
//
// Ownership: the catalogue lives inside ProfileFacts; tables made from it must not outlive it.
// Thread safety: after the packs are compiled, Fill is const and may run on many threads at
// once, each with its own table. String facts point into the Profile, which must outlive the
// table's use.
#pragma once

#include <string>
#include <vector>

#include "ailit/facts.h"
#include "ailit/profile.h"
#include "ailit/scores.h"

namespace ailit {

struct ProfileFactSlots;  // internal: the slot of every declared fact

class ProfileFacts {
 public:
  ProfileFacts();
  ProfileFacts(ProfileFacts&&) noexcept;
  ProfileFacts& operator=(ProfileFacts&&) noexcept;
  ~ProfileFacts();

  FactCatalogue& catalogue() { return catalogue_; }
  const FactCatalogue& catalogue() const { return catalogue_; }

  // Resets `table` to the profile's systems and groups and sets every declared fact.
  void Fill(const Profile& profile, const Scores& scores, FactTable& table) const;
  // The two halves of Fill, for a caller that needs the profile's facts before it can score
  // (a sector plugin refines the sector risk from them): FillProfile resets the table and sets
  // every fact that does not depend on scores; FillScores then sets the score facts.
  void FillProfile(const Profile& profile, FactTable& table) const;
  void FillScores(const Profile& profile, const Scores& scores, FactTable& table) const;

  // Every declared fact name with its scope, in declaration order (for docs and tests).
  struct Declared {
    std::string name;
    FactScope scope;
  };
  const std::vector<Declared>& declared() const { return declared_; }

 private:
  FactCatalogue catalogue_;
  std::vector<Declared> declared_;
  std::unique_ptr<ProfileFactSlots> slots_;
};

}  // namespace ailit
