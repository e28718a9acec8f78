// The four preconditions of the AP's multi-year action plan (the slide "Meerjarig actieplan
// voor AI-geletterdheid": bestuurlijk vastleggen, budget, toewijzen verantwoordelijkheid,
// periodieke rapportage en monitoring), read straight from the profile's governance.
#include <array>

#include "ailit/recommendation.h"
#include "plan/preconditions.h"

namespace ailit {
namespace {

PreconditionStatus FromTriState(TriState s) {
  switch (s) {
    case TriState::kYes:
      return PreconditionStatus::kInPlace;
    case TriState::kPartly:
      return PreconditionStatus::kPartial;
    case TriState::kNo:
      break;
  }
  return PreconditionStatus::kMissing;
}

}  // namespace

std::string_view Name(PreconditionId id) {
  static constexpr std::array<std::string_view, 4> kNames = {"board", "budget", "responsibility",
                                                             "reporting"};
  return kNames[static_cast<std::size_t>(id)];
}

std::string_view Name(PreconditionStatus status) {
  static constexpr std::array<std::string_view, 3> kNames = {"missing", "partial", "in_place"};
  return kNames[static_cast<std::size_t>(status)];
}

std::string_view Name(MeasureStatus status) {
  return status == MeasureStatus::kPlanned ? "planned" : "in_place";
}

std::string_view PreconditionTitle(PreconditionId id, Lang lang) {
  static constexpr std::array<std::string_view, 4> kEn = {
      "Anchored at board level", "Budget", "Responsibility for carrying out the plan assigned",
      "Periodic reporting and monitoring of progress"};
  static constexpr std::array<std::string_view, 4> kNl = {
      "Bestuurlijk vastgelegd", "Budget", "Verantwoordelijkheid voor de uitvoering toegewezen",
      "Periodieke rapportage en monitoring van de voortgang"};
  return (lang == Lang::kNl ? kNl : kEn)[static_cast<std::size_t>(id)];
}

namespace internal {

std::vector<Precondition> AssessPreconditions(const Governance& g) {
  // A working group without a named owner carries part of the responsibility, not all of it.
  PreconditionStatus responsibility = g.responsible_assigned ? PreconditionStatus::kInPlace
                                      : g.working_group      ? PreconditionStatus::kPartial
                                                             : PreconditionStatus::kMissing;
  return {
      {PreconditionId::kBoard, FromTriState(g.board_anchored), "precondition.board-anchoring"},
      {PreconditionId::kBudget, FromTriState(g.budget), "precondition.budget"},
      {PreconditionId::kResponsibility, responsibility, "precondition.responsibility"},
      {PreconditionId::kReporting, FromTriState(g.periodic_reporting), "precondition.reporting"},
  };
}

}  // namespace internal
}  // namespace ailit
