/**
 * The owners of one unit read clause by clause, for {@link
 * dev.luoshi.extract.owners.RuleOwnerFinder}. {@link
 * dev.luoshi.extract.owners.clauses.ClauseOwners#find} is the one entry; the parts, in the order
 * they are used: {@code UnitWords} (the unit's words, with HanLP's glued cuts repaired), {@code
 * ClauseStarts} (outline numbers, lead-ins and time phrases stepped over), {@code NounPhrases}
 * (which words form an owner phrase), {@code ClauseSubjects} (each {@code Clause}'s subject before
 * a modal or a verb, the bodies it lists, a copula's subject), {@code OtherAgents} (由X, 经X, 请X,
 * X会同Y …) and {@code OwnerNames} (owner phrases cut into names).
 */
package dev.luoshi.extract.owners.clauses;
