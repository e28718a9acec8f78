// The examples of json-rules-engine's own documentation (README, docs/rules.md, examples/), run
// as plain json-rules-engine rule files with the outcomes those documents state. Dynamic facts
// of the originals (API calls, params) are given here as the constant values they return.
#include <gtest/gtest.h>

#include "rules/rules_test_support.h"

namespace ailit {
namespace {

using Ids = std::vector<std::string>;

// README "Basic Example" and examples/02-nested-boolean-logic.js: a player who commits five
// personal fouls in a 40-minute game, or six in a 48-minute game, fouls out.
constexpr const char* kFouledOut = R"([{
  "conditions": {
    "any": [
      {"all": [{"fact": "gameDuration", "operator": "equal", "value": 40},
               {"fact": "personalFoulCount", "operator": "greaterThanInclusive", "value": 5}]},
      {"all": [{"fact": "gameDuration", "operator": "equal", "value": 48},
               {"fact": "personalFoulCount", "operator": "greaterThanInclusive", "value": 6}]}]
  },
  "event": {"type": "fouledOut", "params": {"message": "Player has fouled out!"}}
}])";

TEST(JsonRulesEngineExamples, BasketballFouledOut) {
  testing::OpenPack pack(kFouledOut);
  // The documented run: 6 fouls in a 40-minute game prints "Player has fouled out!".
  EXPECT_EQ(pack.Fired(R"({"personalFoulCount": 6, "gameDuration": 40})"), Ids{"fouledOut"});
  EXPECT_EQ(pack.Fired(R"({"personalFoulCount": 5, "gameDuration": 40})"), Ids{"fouledOut"});
  EXPECT_EQ(pack.Fired(R"({"personalFoulCount": 5, "gameDuration": 48})"), Ids{});
  EXPECT_EQ(pack.Fired(R"({"personalFoulCount": 6, "gameDuration": 48})"), Ids{"fouledOut"});
  EXPECT_EQ(pack.Fired(R"({"personalFoulCount": 4, "gameDuration": 40})"), Ids{});
}

// examples/01-hello-world.js: displayMessage === true emits "hello-world!".
TEST(JsonRulesEngineExamples, HelloWorld) {
  testing::OpenPack pack(R"([{"conditions": {"all": [{"fact": "displayMessage", "operator": "equal",
      "value": true}]}, "event": {"type": "message", "params": {"data": "hello-world!"}}}])");
  EXPECT_EQ(pack.Fired(R"({"displayMessage": true})"), Ids{"message"});
  EXPECT_EQ(pack.Fired(R"({"displayMessage": "true"})"), Ids{});
}

// The account data of examples/support/account-api-client.js.
constexpr const char* kWashington =
    R"({"company": "microsoft", "status": "terminated", "ptoDaysTaken": ["2016-12-25", "2016-04-01"], "createdAt": "2012-02-14"})";
constexpr const char* kJefferson =
    R"({"company": "apple", "status": "terminated", "ptoDaysTaken": ["2015-01-25"], "createdAt": "2005-04-03"})";
constexpr const char* kLincoln =
    R"({"company": "microsoft", "status": "active", "ptoDaysTaken": ["2016-02-21", "2016-12-25", "2016-03-28"], "createdAt": "2015-06-26"})";

std::string Account(const char* data) {
  return std::string(R"({"account-information": )") + data + "}";
}

// README "Advanced Example": microsoft employees taking christmas day off, using `path`.
TEST(JsonRulesEngineExamples, MicrosoftChristmasPto) {
  testing::OpenPack pack(R"([{
    "conditions": {"all": [
      {"fact": "account-information", "operator": "equal", "value": "microsoft", "path": "$.company"},
      {"fact": "account-information", "operator": "in", "value": ["active", "paid-leave"], "path": "$.status"},
      {"fact": "account-information", "operator": "contains", "value": "2016-12-25", "path": "$.ptoDaysTaken"}]},
    "event": {"type": "microsoft-christmas-pto",
              "params": {"message": "current microsoft employee taking christmas day off"}}}])");
  // "lincoln is a current microsoft employee taking christmas day off"
  EXPECT_EQ(pack.Fired(Account(kLincoln)), Ids{"microsoft-christmas-pto"});
  EXPECT_EQ(pack.Fired(Account(kWashington)), Ids{});  // terminated
  EXPECT_EQ(pack.Fired(Account(kJefferson)), Ids{});   // apple
}

// examples/04-fact-dependency.js, its microsoft-terminated-employees rule:
// "washington DID meet conditions", "jefferson did NOT meet conditions".
TEST(JsonRulesEngineExamples, MicrosoftTerminatedEmployees) {
  testing::OpenPack pack(R"([{"conditions": {"all": [
      {"fact": "account-information", "operator": "equal", "value": "microsoft", "path": "$.company"},
      {"fact": "account-information", "operator": "equal", "value": "terminated", "path": "$.status"}]},
    "event": {"type": "microsoft-terminated-employees"}}])");
  EXPECT_EQ(pack.Fired(Account(kWashington)), Ids{"microsoft-terminated-employees"});
  EXPECT_EQ(pack.Fired(Account(kJefferson)), Ids{});
}

// examples/08-fact-comparison.js: the customer account balance compared with the gift card
// price, a fact on each side with a path on each. "washington DID meet conditions for the
// customer-can-afford-gift-card rule", "jefferson did NOT".
TEST(JsonRulesEngineExamples, FactComparisonGiftCard) {
  testing::OpenPack pack(R"([{"conditions": {"all": [{
      "fact": "account", "path": "$.balance", "params": {"accountType": "customer"},
      "operator": "greaterThanInclusive",
      "value": {"fact": "product", "path": "$.price", "params": {"productId": "giftCard"}}}]},
    "event": {"type": "customer-can-afford-gift-card"}}])");
  ASSERT_TRUE(pack.ok()) << pack.Errors();
  EXPECT_EQ(pack.diagnostics().warnings.size(), 2u);  // both "params" are ignored
  EXPECT_EQ(pack.Fired(R"({"account": {"type": "customer", "balance": 500},
                           "product": {"productId": "giftCard", "price": 50}})"),
            Ids{"customer-can-afford-gift-card"});
  EXPECT_EQ(pack.Fired(R"({"account": {"type": "customer", "balance": 30},
                           "product": {"productId": "giftCard", "price": 50}})"),
            Ids{});
}

// docs/rules.md "Basic conditions": my-fact <= 1.
TEST(JsonRulesEngineExamples, BasicConditionLessThanInclusive) {
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "my-fact", "operator": "lessThanInclusive", "value": 1}]}}])");
  EXPECT_EQ(pack.Fired(R"({"my-fact": 1})"), Ids{"r"});
  EXPECT_EQ(pack.Fired(R"({"my-fact": 0.5})"), Ids{"r"});
  EXPECT_EQ(pack.Fired(R"({"my-fact": 2})"), Ids{});
}

// docs/rules.md "Comparing facts": widget price > budget, the value being a fact.
TEST(JsonRulesEngineExamples, ComparingFactsWidgetPriceAboveBudget) {
  testing::OpenPack pack(R"([{"name": "r", "conditions": {"all": [
      {"fact": "product-price", "operator": "greaterThan", "value": {"fact": "budget"}}]}}])");
  EXPECT_EQ(pack.Fired(R"({"product-price": 120, "budget": 100})"), Ids{"r"});
  EXPECT_EQ(pack.Fired(R"({"product-price": 80, "budget": 100})"), Ids{});
}

}  // namespace
}  // namespace ailit
