#include "tearline/status.h"

#include <gtest/gtest.h>

namespace tearline {
namespace {

TEST(StatusTest, OkIsDefault) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kOk);
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, FactoriesCarryCodeAndMessage) {
  struct Case {
    Status status;
    Status::Code code;
    const char* text;
  };
  const Case cases[] = {
      {Status::InvalidArgument("m"), Status::Code::kInvalidArgument, "invalid argument: m"},
      {Status::PolicyError("m"), Status::Code::kPolicyError, "policy error: m"},
      {Status::BadInput("m"), Status::Code::kBadInput, "bad input: m"},
      {Status::IOError("m"), Status::Code::kIOError, "I/O error: m"},
      {Status::Blocked("m"), Status::Code::kBlocked, "blocked: m"},
      {Status::NotFound("m"), Status::Code::kNotFound, "not found: m"},
      {Status::Corruption("m"), Status::Code::kCorruption, "corruption: m"},
      {Status::Internal("m"), Status::Code::kInternal, "internal error: m"},
  };
  for (const Case& c : cases) {
    EXPECT_FALSE(c.status.ok());
    EXPECT_EQ(c.status.code(), c.code);
    EXPECT_EQ(c.status.ToString(), c.text);
  }
}

TEST(StatusTest, WithContextPrefixes) {
  EXPECT_EQ(Status::IOError("gone").WithContext("a.txt").message(), "a.txt: gone");
  EXPECT_TRUE(Status::OK().WithContext("x").ok());
}

Result<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

Status Quarter(int x, int* out) {
  TL_ASSIGN_OR_RETURN(int h, Half(x));
  TL_ASSIGN_OR_RETURN(*out, Half(h));
  return Status::OK();
}

TEST(ResultTest, ValueOrStatus) {
  EXPECT_EQ(*Half(8), 4);
  EXPECT_FALSE(Half(3).ok());
  EXPECT_EQ(Half(3).status().message(), "odd");
  int q = 0;
  EXPECT_TRUE(Quarter(8, &q).ok());
  EXPECT_EQ(q, 2);
  EXPECT_EQ(Quarter(6, &q).message(), "odd");
}

}  // namespace
}  // namespace tearline
