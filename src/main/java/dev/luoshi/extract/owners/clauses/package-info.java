/**
 * The owners of one unit read clause by clause, for {@link
 * dev.luoshi.extract.owners.RuleOwnerFinder}: the unit's words cut into clauses, each clause's
 * start cleared, its subject sought before a modal or a verb, and the agents it names elsewhere
 * (由X, 请X …). {@link dev.luoshi.extract.owners.clauses.ClauseOwners#find} is the one entry.
 */
package dev.luoshi.extract.owners.clauses;
