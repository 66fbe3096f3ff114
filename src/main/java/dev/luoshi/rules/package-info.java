/** Rule files: the word lists and patterns every stage reads as data. */
package dev.luoshi.rules;
