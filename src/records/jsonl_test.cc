#include <gtest/gtest.h>

#include "tearline/records.h"

namespace tearline {
namespace {

FieldRule Rule(std::string field, FieldActionType a) {
  FieldRule r;
  r.field = std::move(field);
  r.action = a;
  return r;
}

TEST(JsonlTest, PointerAddressing) {
  auto t = ParseJsonl(
      "{\"person\": {\"name\": \"Ana\", \"age\": 37}, \"tags\": [\"a\", \"b\"], \"a/b\": 1, \"m~n\": true,"
      " \"esc\": \"x\\u0041\"}\n");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  struct Case { std::string ptr; std::optional<std::string> want; } cases[] = {
      {"/person/name", "Ana"}, {"/person/age", "37"}, {"/tags/1", "b"}, {"/a~1b", "1"}, {"/m~0n", "true"},
      {"/esc", "xA"}, {"/person", "{\"name\": \"Ana\", \"age\": 37}"}, {"/missing", std::nullopt},
      {"/tags/2", std::nullopt}, {"/person/name/x", std::nullopt},
  };
  for (const auto& c : cases) {
    auto v = JsonlValue(*t, 0, c.ptr);
    ASSERT_TRUE(v.ok()) << c.ptr;
    EXPECT_EQ(*v, c.want) << c.ptr;
  }
  EXPECT_EQ(ValidateJsonPointer("name").code(), Status::Code::kPolicyError);
  EXPECT_EQ(ValidateJsonPointer("/a~2").code(), Status::Code::kPolicyError);
  EXPECT_EQ(ValidateJsonPointer("").code(), Status::Code::kPolicyError);
  EXPECT_TRUE(ValidateJsonPointer("/a/0").ok());
}

TEST(JsonlTest, RefusesBadLines) {
  struct Case { std::string in, want; } cases[] = {
      {"{\"a\":1}\n\n{\"a\":2}\n", "line 2: blank line"},
      {"{\"a\":1}\n[1,2]\n", "line 2: line is not a JSON object"},
      {"{\"a\":1}\n{\"a\":}\n", "line 2: invalid JSON"},
      {"{\"a\":1,\"a\":2}\n", "line 1: duplicate key"},
      {"{\"a\":\"\xff\"}\n", "line 1: invalid UTF-8"},
      {std::string(100, '[') , "line 1: JSON nested deeper"},
      {"{\"a\":1}\n{\"b\":1} x\n", "line 2: invalid JSON"},
      {"", "empty"},
  };
  for (const auto& c : cases) {
    auto t = ParseJsonl(c.in);
    ASSERT_FALSE(t.ok()) << c.in;
    EXPECT_EQ(t.status().code(), Status::Code::kBadInput);
    EXPECT_NE(t.status().message().find(c.want), std::string::npos) << t.status().message();
  }
}

TEST(JsonlTest, ReleaseKeepsUntouchedBytes) {
  const std::string in =
      "{ \"id\":7, \"name\" : \"Ana\",\"phone\":\"0700\", \"loc\": {\"district\": \"D1\", \"gps\": [1.5, 2]} }\r\n"
      "{\"id\":8,\"name\":\"Bo\",\"loc\":{\"district\":\"D2\"}}";
  auto t = ParseJsonl(in);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  struct Case { std::vector<FieldRule> rules; bool keep_unlisted; std::string want; } cases[] = {
      {{}, true, in},
      {{Rule("/name", FieldActionType::kRedact)}, true,
       "{ \"id\":7, \"name\" : \"[REDACTED]\",\"phone\":\"0700\", \"loc\": {\"district\": \"D1\", \"gps\": [1.5, 2]} }\r\n"
       "{\"id\":8,\"name\":\"[REDACTED]\",\"loc\":{\"district\":\"D2\"}}"},
      // Unlisted members go; the path to a named field stays.
      {{Rule("/id", FieldActionType::kKeep), Rule("/loc/district", FieldActionType::kKeep)}, false,
       "{ \"id\":7, \"loc\": {\"district\": \"D1\"} }\r\n{\"id\":8,\"loc\":{\"district\":\"D2\"}}"},
      {{Rule("/name", FieldActionType::kDrop), Rule("/loc/gps", FieldActionType::kDrop)}, true,
       "{ \"id\":7,\"phone\":\"0700\", \"loc\": {\"district\": \"D1\"} }\r\n{\"id\":8,\"loc\":{\"district\":\"D2\"}}"},
      {{Rule("/id", FieldActionType::kDrop)}, true,
       "{ \"name\" : \"Ana\",\"phone\":\"0700\", \"loc\": {\"district\": \"D1\", \"gps\": [1.5, 2]} }\r\n"
       "{\"name\":\"Bo\",\"loc\":{\"district\":\"D2\"}}"},
      {{Rule("/loc/gps/0", FieldActionType::kRedact), Rule("/name", FieldActionType::kText)}, false,
       "{ \"name\" : \"<Ana>\", \"loc\": {\"gps\": [\"[REDACTED]\"]} }\r\n{\"name\":\"<Bo>\"}"},
      {{Rule("/loc", FieldActionType::kKeep), Rule("/loc/gps", FieldActionType::kRedact)}, false,
       "{ \"loc\": {\"district\": \"D1\", \"gps\": \"[REDACTED]\"} }\r\n{\"loc\":{\"district\":\"D2\"}}"},
  };
  for (const auto& c : cases) {
    FieldPolicy p;
    p.rules = c.rules;
    p.keep_unlisted = c.keep_unlisted;
    p.text = [](std::string_view, std::string_view v) -> Result<TextOutput> { return TextOutput("<" + std::string(v) + ">"); };
    auto r = ReleaseJsonl(*t, p);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(r->output, c.want);
    // The output is JSONL again.
    EXPECT_TRUE(ParseJsonl(r->output).ok()) << r->output;
  }
}

TEST(JsonlTest, PolicyAndValueErrors) {
  auto t = ParseJsonl("{\"age\":\"30\"}\n{\"age\":\"old\"}\n");
  ASSERT_TRUE(t.ok());
  FieldPolicy unknown;
  unknown.rules = {Rule("/passport", FieldActionType::kRedact)};
  auto r = ReleaseJsonl(*t, unknown);
  EXPECT_EQ(r.status().code(), Status::Code::kPolicyError);
  EXPECT_NE(r.status().message().find("/passport"), std::string::npos);
  FieldPolicy bad_ptr;
  bad_ptr.rules = {Rule("age", FieldActionType::kRedact)};
  EXPECT_EQ(ReleaseJsonl(*t, bad_ptr).status().code(), Status::Code::kPolicyError);
  FieldPolicy gate;
  gate.quasi_identifiers = {{"/age", *AgeHierarchy()}};
  auto g = ReleaseJsonl(*t, gate);
  EXPECT_EQ(g.status().code(), Status::Code::kBadInput);
  EXPECT_NE(g.status().message().find("line 2, field '/age'"), std::string::npos) << g.status().message();
  EXPECT_EQ(g.status().message().find("old"), std::string::npos);
}

TEST(JsonlTest, GateOnJsonl) {
  std::string in;
  for (int i = 0; i < 6; ++i) in += "{\"n\":\"x\",\"p\":{\"age\":" + std::to_string(30 + i) + "}}\n";
  in += "{\"n\":\"y\",\"p\":{\"age\":80}}\n";
  auto t = ParseJsonl(in);
  ASSERT_TRUE(t.ok());
  FieldPolicy p;
  p.quasi_identifiers = {{"/p/age", *AgeHierarchy()}};
  p.kanon.k = 3;
  p.kanon.max_risk = 1;
  p.kanon.max_suppression = 0.2;
  auto r = ReleaseJsonl(*t, p);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::string want;
  for (int i = 0; i < 6; ++i) want += "{\"p\":{\"age\":\"30-39\"}}\n";
  EXPECT_EQ(r->output, want);
  EXPECT_EQ(r->report.records_out, 6u);
}

}  // namespace
}  // namespace tearline
