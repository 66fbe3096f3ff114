package dev.luoshi;

/** An input that cannot be planned: missing, unreadable, empty, binary or undecodable. */
public class InputException extends LuoshiException {
  private static final long serialVersionUID = 1L;
  private final String input;

  /** An input (a path or "-" for stdin) and the reason it failed, e.g. "empty file". */
  public InputException(String input, String reason) {
    super(reason);
    this.input = input;
  }

  /** An input, the reason it failed and the exception behind it. */
  public InputException(String input, String reason, Throwable cause) {
    super(reason, cause);
    this.input = input;
  }

  /** The input as named by the caller. */
  public String input() {
    return input;
  }

  /** The reason alone, without the input's name. */
  public String reason() {
    return getMessage();
  }
}
