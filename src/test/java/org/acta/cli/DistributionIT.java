package org.acta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.acta.testing.TestDates;
import org.acta.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution zip that {@code mvn package} makes, unzipped as a user would and run through
 * its POSIX launcher: version, a build of the example content, JAVA_HOME and ACTA_OPTS.
 */
class DistributionIT {
  @TempDir Path tmp;
  Path home;

  record Result(int code, String output) {}

  @BeforeEach
  void unzip() throws Exception {
    Path zip;
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      zip = files.filter(p -> p.getFileName().toString().matches("acta-.*\\.zip"))
          .findFirst().orElseThrow(() -> new AssertionError("no target/acta-*.zip: mvn package"));
    }
    // unzip, not Java: the launcher's executable bit must come from the zip itself.
    Result r = run(tmp, Map.of(), "unzip", "-q", zip.toAbsolutePath().toString());
    assertThat(r.code()).as(r.output()).isZero();
    try (Stream<Path> dirs = Files.list(tmp)) {
      home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    String version = zip.getFileName().toString().replaceAll("^acta-|\\.zip$", "");
    assertThat(home.getFileName().toString()).isEqualTo("acta-" + version);
    String sums = Files.readString(Path.of(zip + ".sha256"));
    assertThat(sums).matches("[0-9a-f]{64}  " + zip.getFileName() + "\\s*");
  }

  private static Result run(Path dir, Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(
        dir.toFile()).redirectErrorStream(true);
    pb.environment().remove("ACTA_OPTS");
    pb.environment().remove("JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }

  @Test
  void theZipHoldsLaunchersTheJarAndAReadme() {
    assertThat(home.resolve("bin/acta")).isExecutable();
    assertThat(home.resolve("bin/acta.cmd")).isRegularFile();
    assertThat(home.resolve("lib/acta.jar")).isRegularFile();
    assertThat(home.resolve("README.md")).content().contains("bin/acta").doesNotContain("${");
  }

  @Test
  void versionNamesTheVersionAndTheCommit() throws Exception {
    Result r = run(tmp, Map.of(), home.resolve("bin/acta").toString(), "--version");
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output().strip())
        .matches("acta " + home.getFileName().toString().substring(5)
            + " \\(commit [0-9a-f]{12}\\)");
  }

  @Test
  void theLauncherBuildsTheExampleSiteFromAnyFolderThroughASymlink() throws Exception {
    Path repo = Files.createDirectory(tmp.resolve("repo"));
    TestSites.copyTree(TestSites.EXAMPLE_CONTENT, repo.resolve("content"));
    Path link = Files.createSymbolicLink(tmp.resolve("acta"), home.resolve("bin/acta"));
    Result r = run(repo, Map.of(), link.toString(), "build", "--today",
        TestDates.TODAY.toString());
    assertThat(r.code()).as(r.output()).isZero();
    assertThat(r.output()).contains("Built");
    assertThat(repo.resolve("site/index.html")).isRegularFile();
    Result check = run(repo, Map.of(), link.toString(), "check", "--base-path",
        "/gobierno-abierto/");
    assertThat(check.code()).as(check.output()).isZero();
  }

  @Test
  void javaHomeAndActaOptsAreHonoured() throws Exception {
    // The options the launcher passes reach the JVM: -XshowSettings prints the heap it got.
    Result opts = run(tmp, Map.of("ACTA_OPTS", "-Xmx97m -XshowSettings:vm"),
        home.resolve("bin/acta").toString(), "--version");
    assertThat(opts.code()).as(opts.output()).isZero();
    assertThat(opts.output()).contains("Max. Heap Size: 97.00M");
    Result computed = run(tmp, Map.of("JAVA_OPTS", "-XshowSettings:vm -XX:+PrintFlagsFinal"),
        home.resolve("bin/acta").toString(), "--version");
    assertThat(computed.output()).as("no content folder: the 256 MiB floor")
        .contains("Max. Heap Size: 256.00M")
        .containsPattern("bool UseParallelGC +:?= true")
        .containsPattern("intx MaxInlineLevel +:?= 6 ")
        .as("no full collection when Acta's classes pass the JVM's 21 MiB metaspace threshold")
        .containsPattern("size_t MetaspaceSize +:?= 67108864 ")
        .as("a small site builds with C1 alone")
        .containsPattern("intx TieredStopAtLevel +:?= 1 ");
    Result serve = run(tmp, Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal"),
        home.resolve("bin/acta").toString(), "serve", "--help");
    assertThat(serve.output()).as("serve runs for hours: both compilers")
        .containsPattern("intx TieredStopAtLevel +:?= 4 ");
    Result large = run(tmp, Map.of("JAVA_OPTS", "-XX:+PrintFlagsFinal",
        "ACTA_C1_ONLY_MAX_MIB", "-1"), home.resolve("bin/acta").toString(), "--version");
    assertThat(large.output()).as("above the size, both compilers")
        .containsPattern("intx TieredStopAtLevel +:?= 4 ");
    Result badJava = run(tmp, Map.of("JAVA_HOME", tmp.resolve("no-java").toString()),
        home.resolve("bin/acta").toString(), "--version");
    assertThat(badJava.code()).isEqualTo(3);
    assertThat(badJava.output()).contains("JAVA_HOME").contains("no-java");
  }

  @Test
  void withJava25ActaAotWritesTheCacheOnceAndStartsFromItAfter() throws Exception {
    Path jdk25;
    try (Stream<Path> jvms = Files.list(Path.of("/usr/lib/jvm"))) {
      jdk25 = jvms.filter(p -> p.getFileName().toString().matches(".*-2[5-9]-.*|.*-2[5-9]"))
          .filter(p -> Files.isExecutable(p.resolve("bin/java"))).findFirst().orElse(null);
    } catch (IOException e) {
      jdk25 = null;
    }
    Assumptions.assumeTrue(jdk25 != null, "no Java 25 in /usr/lib/jvm");
    Path cache = tmp.resolve("acta.aot");
    Map<String, String> env = Map.of("JAVA_HOME", jdk25.toString(), "ACTA_AOT",
        cache.toString(), "ACTA_OPTS", "-Xlog:aot=info");
    Result first = run(tmp, env, home.resolve("bin/acta").toString(), "--version");
    assertThat(first.code()).as(first.output()).isZero();
    assertThat(cache).isRegularFile();
    Result second = run(tmp, env, home.resolve("bin/acta").toString(), "--version");
    assertThat(second.code()).as(second.output()).isZero();
    assertThat(second.output()).contains("Opened AOT cache").contains("acta ");
    Result java17 = run(tmp, Map.of("ACTA_AOT", cache.toString()),
        home.resolve("bin/acta").toString(), "--version");
    assertThat(java17.code()).isZero();
    assertThat(java17.output()).contains("ACTA_AOT needs Java 25 or later");
  }
}
