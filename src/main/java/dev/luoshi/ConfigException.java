package dev.luoshi;

/** A configuration, dictionary or model file that cannot be used. */
public class ConfigException extends LuoshiException {
  private static final long serialVersionUID = 1L;

  /** A file and the reason it cannot be used. */
  public ConfigException(String file, String reason) {
    super(file + ": " + reason);
  }

  /** A file, the reason it cannot be used and the exception behind it. */
  public ConfigException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
  }
}
