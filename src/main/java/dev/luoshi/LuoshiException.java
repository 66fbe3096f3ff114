package dev.luoshi;

/**
 * A failure of the core that a caller can report: bad input, a bad model or configuration file. The
 * message is one line, fit to print after the name of what failed.
 */
public class LuoshiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a one-line reason. */
  public LuoshiException(String message) {
    super(message);
  }

  /** A failure with a one-line reason and the exception behind it. */
  public LuoshiException(String message, Throwable cause) {
    super(message, cause);
  }
}
