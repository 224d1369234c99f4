package org.acta.cli;

import org.acta.scaffold.ActaRelease;
import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {ActaRelease.describeRunning()};
  }
}
