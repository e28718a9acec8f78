// Builds profile JSON for tests: a small valid profile, changed at one JSON Pointer.
#pragma once

#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

namespace ailit::testing {

inline constexpr const char* kMinimalProfile = R"({
  "organisation": {"name": "Gemeente Voorbeeld", "sector": "municipality", "employees": 1200,
                   "kind": "public"},
  "governance": {"board_anchored": "partly", "budget": "no", "responsible_assigned": true,
                 "periodic_reporting": "no", "literacy_monitoring": "partly",
                 "ai_inventory": "partial", "genai_guidelines": "draft", "ethical_framework": "no",
                 "ai_policy": "no", "working_group": false},
  "ai_systems": [{"id": "chatbot", "name": "Citizen chatbot", "kind": "generative",
                  "risk_class": "limited", "role": "deployer", "decision_role": "informs",
                  "affected": ["citizens"], "people_affected": 50000, "personal_data": "personal",
                  "external_facing": true, "status": "production", "used_by": ["kcc"]}],
  "staff_groups": [{"id": "kcc", "name": "Customer contact", "role": "operator", "headcount": 40,
                    "technical_knowledge": "basic", "ai_experience": "some", "training": "none"}],
  "external_parties": {"customers_interact_with_ai": true, "service_providers_operate_ai": false},
  "implemented_measures": []
})";

class ProfileBuilder {
 public:
  ProfileBuilder() { doc_.Parse(kMinimalProfile); }
  ProfileBuilder(const ProfileBuilder& other) { doc_.CopyFrom(other.doc_, doc_.GetAllocator()); }
  ProfileBuilder& operator=(const ProfileBuilder& other) {
    doc_.CopyFrom(other.doc_, doc_.GetAllocator());
    return *this;
  }

  // Sets the value at `pointer` to the JSON text `json`, creating parents as needed.
  ProfileBuilder& Set(const char* pointer, const std::string& json) {
    rapidjson::Document value(&doc_.GetAllocator());
    value.Parse(json.c_str());
    rapidjson::Value copy(value, doc_.GetAllocator());
    rapidjson::Pointer(pointer).Set(doc_, copy);
    return *this;
  }
  ProfileBuilder& Erase(const char* pointer) {
    rapidjson::Pointer(pointer).Erase(doc_);
    return *this;
  }
  std::string Json() const {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    doc_.Accept(writer);
    return buffer.GetString();
  }

 private:
  rapidjson::Document doc_;
};

inline std::string Quote(const std::string& s) {
  return "\"" + s + "\"";
}

}  // namespace ailit::testing
