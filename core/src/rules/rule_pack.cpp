#include "rules/internal/program.h"
#include "rules/internal/state.h"

namespace ailit {

RulePack::RulePack(std::shared_ptr<const internal::PackProgram> program)
    : program_(std::move(program)) {}

const std::string& RulePack::id() const {
  return program_->id;
}
const std::string& RulePack::version() const {
  return program_->version;
}
const std::string& RulePack::file_name() const {
  return program_->file_name;
}
PackFormat RulePack::format() const {
  return program_->format;
}
std::span<const RuleInfo> RulePack::rules() const {
  return program_->infos;
}
std::span<const std::pair<std::string, std::string>> RulePack::extra_fields() const {
  return program_->extra_fields;
}
std::uint64_t RulePack::catalogue_id() const {
  return program_->catalogue_id;
}

}  // namespace ailit
