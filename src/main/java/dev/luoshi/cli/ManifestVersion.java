package dev.luoshi.cli;

import picocli.CommandLine.IVersionProvider;

/** The version in the jar's manifest, or a development build's label outside a jar. */
final class ManifestVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = ManifestVersion.class.getPackage().getImplementationVersion();
    return new String[] {version == null ? "luoshi (development build)" : "luoshi " + version};
  }
}
