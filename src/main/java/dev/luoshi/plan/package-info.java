/** The plan: immutable records every stage's output ends up in, and writers read from. */
package dev.luoshi.plan;
