/**
 * The outline stage: numbering markers (一、 （一） 1. （1） ① 一是 第一， 首先), series, nesting levels and
 * titles.
 */
package dev.luoshi.outline;
