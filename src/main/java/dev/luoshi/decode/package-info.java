/**
 * Bytes to text: {@link dev.luoshi.decode.SourceDecoder} reads a speech in UTF-8, UTF-16 or
 * GB18030, strictly, and names the reason when it cannot.
 */
package dev.luoshi.decode;
