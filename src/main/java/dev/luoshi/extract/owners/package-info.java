/**
 * Owners: who must act on a task, as written (GUIDELINE §4), with the role of each — the lead body,
 * or one that supports it. {@link dev.luoshi.extract.owners.RuleOwnerFinder} reads them by rules
 * whose word lists are in {@code owner-rules.txt}: owner tags here ({@code OwnerTags}), the
 * subjects and other agents of each clause in {@link dev.luoshi.extract.owners.clauses}, and the
 * names of a coordination here ({@code Coordination}). {@code OwnerRules}, {@code OwnerTags},
 * {@code Coordination} and {@code FoundOwner} are public only so that {@code clauses} can use them;
 * they are no part of the library's interface.
 */
package dev.luoshi.extract.owners;
