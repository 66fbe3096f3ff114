/**
 * The {@code luoshi} command line, on picocli: arguments, files, exit codes and messages. The only
 * package that imports picocli or prints; it holds no extraction logic.
 */
package dev.luoshi.cli;
