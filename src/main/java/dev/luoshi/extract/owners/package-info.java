/**
 * Owners: who must act on a task, as written (GUIDELINE §4), with the role of each — the lead body,
 * or one that supports it. {@link dev.luoshi.extract.owners.RuleOwnerFinder} reads them by rules
 * whose word lists are in {@code owner-rules.txt}.
 */
package dev.luoshi.extract.owners;
