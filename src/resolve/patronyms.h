// Joining a person's name across its patronymic particles ("Abdul Rahman bin
// Hamid", "Osama bin Laden", "Abu Bakr al-Baghdadi"). Internal to
// src/resolve (LinkMentions calls it first; contract in tearline/resolve.h,
// PATRONYMS).
//
// THREAD SAFETY: a stateless function.
#pragma once

#include <string_view>
#include <vector>

#include "tearline/finding.h"

namespace tearline::link_internal {

// The confidence a joined name has at least: a particle between capitalised
// name words is strong evidence of a person's name.
inline constexpr float kPatronymConfidence = 0.6f;

// Extends and merges PERSON findings over the particles of Arabic names (see
// PATRONYMS in tearline/resolve.h). Other findings are left as they are;
// the order of *findings is not kept.
void JoinPatronyms(std::string_view text, std::vector<Finding>* findings);

// True for a personal title or honorific ("Mr", "Haji", "Gen", "Sheikh"), in
// any case, without a final period. Defined in link.cc.
bool IsTitleWord(std::string_view word);

// Where a name in text[b, e) starts after a leading title word and its
// optional period ("Dr. Samer al-Hamoud", "Mrs Amina Yusuf"): after the
// space that follows the title; b when the first word is no title or is the
// whole range. Defined in link.cc.
size_t AfterLeadingTitle(std::string_view text, size_t b, size_t e);

}  // namespace tearline::link_internal
