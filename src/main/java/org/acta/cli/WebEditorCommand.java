package org.acta.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.acta.diagnostics.Lang;
import org.acta.diagnostics.Message;
import org.acta.diagnostics.Problems;
import org.acta.load.ContentLoader;
import org.acta.load.ContentReader;
import org.acta.model.SiteConfig;
import org.acta.pipeline.BuildOptions;
import org.acta.webeditor.DecapConfig;
import org.acta.webeditor.WebEditor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "web-editor", mixinStandardHelpOptions = true,
    description = "Write the optional web editor (Decap CMS): admin/index.html and "
        + "admin/config.yml under the templates folder's static/, published at /admin/. The "
        + "configuration is generated from Acta's content schemas: every field, the required "
        + "ones marked, lists for milestones, evidence, updates and attachments, one "
        + "collection of commitments and one of consultation inputs per plan. Run it again "
        + "after upgrading Acta or adding a plan. Exit code 0 when written, 1 otherwise.")
final class WebEditorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
      description = "Content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(names = "--templates", paramLabel = "DIR",
      description = "Templates folder whose static/admin/ receives the files (default: "
          + "templates/ beside the content folder).")
  Path templates;

  @Option(names = "--repository", paramLabel = "URL",
      description = "Web address of the Git repository the editor commits to, e.g. "
          + "https://github.com/org/repo (default: repository_url in site.yaml).")
  String repository;

  @Option(names = "--branch", paramLabel = "NAME", defaultValue = "main",
      description = "The branch pull requests go to (default: ${DEFAULT-VALUE}).")
  String branch;

  @Mixin EditorLanguage language;

  @Override
  public Integer call() throws IOException {
    Lang lang = language.resolve(content);
    var err = spec.commandLine().getErr();
    if (!Files.isRegularFile(content.resolve("site.yaml"))) {
      err.println(Message.of("web-editor.no-site", content).text(lang));
      err.flush();
      return 1;
    }
    SiteConfig site = new ContentLoader(new ContentReader(content, content.toString()),
        new Problems()).load().config();
    String url = repository;
    String forge = null;
    if (url == null && site != null && site.repository() != null) {
      url = site.repository().url();
      forge = site.repository().forge() == null ? null
          : site.repository().forge().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (url == null) {
      err.println(Message.of("web-editor.no-repository").text(lang));
      err.flush();
      return 1;
    }
    DecapConfig.Backend backend = DecapConfig.Backend.of(url, forge, branch);
    if (backend == null) {
      err.println(Message.of("web-editor.unknown-forge", url).text(lang));
      err.flush();
      return 1;
    }
    Path folder = templates != null ? templates : BuildOptions.defaultTemplates(content);
    DecapConfig config = WebEditor.configOf(content, repositoryPath(content), backend);
    var out = spec.commandLine().getOut();
    for (Path p : WebEditor.write(config, folder.resolve("static").resolve("admin"))) {
      out.println(Message.of("cli.wrote", p).text(lang));
    }
    out.println(Message.of("web-editor.next").text(lang));
    out.flush();
    return 0;
  }

  /**
   * The content folder as the repository names it (Decap's paths start at the repository's
   * root): relative to the nearest folder above it holding .git, else its own name.
   */
  static String repositoryPath(Path content) {
    Path absolute = content.toAbsolutePath().normalize();
    for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p.relativize(absolute).toString().replace('\\', '/');
      }
    }
    return absolute.getFileName().toString();
  }
}
