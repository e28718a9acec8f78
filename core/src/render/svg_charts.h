// The two pictures of the HTML recommendation, as inline SVG: the AI systems placed by nature and
// severity, and the plan as a three-year timeline by step. Both scale by their viewBox, carry a
// <title> and <desc> for screen readers, and name every mark in text, so they work printed in
// black and white too. No xmlns or other URL is written: inline SVG in HTML needs none, and the
// page must not refer to anything outside itself.
//
//   std::string out;
//   render::AppendSystemsChart(out, rec.profile, rec.scores, Lang::kNl);
//   render::AppendPlanTimeline(out, rec, render::LayOut(rec), Lang::kNl);
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ailit/profile.h"
#include "ailit/recommendation.h"
#include "ailit/scores.h"
#include "render/plan_labels.h"

namespace ailit::render {

// Text and attribute values for HTML and SVG: & < > " ' become entities, and control characters
// other than tab and line breaks, which XML forbids, are dropped.
void AppendXmlEscaped(std::string& out, std::string_view text);

// Where the systems chart puts a score: integer coordinates so the output is exact and the same
// on every platform. Severity grows upwards.
struct SystemsChartGeometry {
  static constexpr int kWidth = 600;
  static constexpr int kHeight = 400;
  static constexpr int kLeft = 70;   // x of nature 0
  static constexpr int kTop = 20;    // y of severity 100
  static constexpr int kScaleX = 5;  // 100 points span 500 units
  static constexpr int kScaleY = 3;  // 100 points span 300 units
  static constexpr int X(std::int32_t nature) { return kLeft + Clamp(nature) * kScaleX; }
  static constexpr int Y(std::int32_t severity) { return kTop + (100 - Clamp(severity)) * kScaleY; }
  static constexpr std::int32_t Clamp(std::int32_t v) { return v < 0 ? 0 : v > 100 ? 100 : v; }
};

// One <svg class="chart systems-chart">: a point per AI system (a <g class="system"
// data-system="N"> with a circle at X(nature), Y(severity) coloured by its level and numbered N as
// in the systems table), axes, quadrant shading and a legend of the levels.
void AppendSystemsChart(std::string& out, const Profile& profile, const Scores& scores, Lang lang);

// One <svg class="chart plan-timeline">: columns year 1-3, rows the four steps; each cell says
// how many measures it holds and shows each as a numbered marker (<g class="measure"
// data-measure="N" data-year="Y" data-step="step">) coloured by priority band, N being the
// measure's number in the document.
void AppendPlanTimeline(std::string& out, const Recommendation& rec, const DocumentLayout& layout,
                        Lang lang);

}  // namespace ailit::render
