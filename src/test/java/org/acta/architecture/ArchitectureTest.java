package org.acta.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.acta.pages.PageData;
import org.acta.render.SiteContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's architecture section describes, checked on the compiled classes:
 * data flows one way, from the foundation up to the commands, and no package depends on
 * itself through others.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.acta");
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.acta.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layersOnlyUseTheLayersBelow() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Foundation").definedBy("org.acta.diagnostics..", "org.acta.paths..",
            "org.acta.html..", "org.acta.write..", "org.acta.markdown..")
        .layer("Model").definedBy("org.acta.model..")
        .layer("Reading").definedBy("org.acta.load..", "org.acta.history..")
        .layer("Site").definedBy("org.acta.site..")
        .layer("Analysis").definedBy("org.acta.tracking..", "org.acta.charts..",
            "org.acta.validate..")
        .layer("Output").definedBy("org.acta.opendata..", "org.acta.search..",
            "org.acta.seo..", "org.acta.feeds..", "org.acta.pages..", "org.acta.render..",
            "org.acta.newsletter..", "org.acta.datafiles..")
        .layer("Pipeline").definedBy("org.acta.pipeline..")
        .layer("Tools").definedBy("org.acta.check..", "org.acta.diff..",
            "org.acta.importer..", "org.acta.scaffold..", "org.acta.serve..",
            "org.acta.webeditor..")
        .layer("Commands").definedBy("org.acta.cli..")
        .whereLayer("Foundation").mayNotAccessAnyLayer()
        .whereLayer("Model").mayOnlyAccessLayers("Foundation")
        .whereLayer("Reading").mayOnlyAccessLayers("Foundation", "Model")
        .whereLayer("Site").mayOnlyAccessLayers("Foundation", "Model", "Reading")
        .whereLayer("Analysis").mayOnlyAccessLayers("Foundation", "Model", "Reading", "Site")
        .whereLayer("Output").mayOnlyAccessLayers("Foundation", "Model", "Reading", "Site",
            "Analysis")
        .whereLayer("Pipeline").mayOnlyAccessLayers("Foundation", "Model", "Reading", "Site",
            "Analysis", "Output")
        .whereLayer("Tools").mayOnlyAccessLayers("Foundation", "Model", "Reading", "Site",
            "Analysis", "Output", "Pipeline")
        .check(classes);
  }

  @Test
  void everyPackageIsInALayer() {
    noClasses().should().resideOutsideOfPackages("org.acta.diagnostics..", "org.acta.paths..",
        "org.acta.html..", "org.acta.write..", "org.acta.markdown..", "org.acta.model..",
        "org.acta.load..", "org.acta.history..", "org.acta.site..", "org.acta.tracking..",
        "org.acta.charts..", "org.acta.validate..", "org.acta.opendata..", "org.acta.search..",
        "org.acta.seo..", "org.acta.feeds..", "org.acta.pages..", "org.acta.render..",
        "org.acta.newsletter..", "org.acta.datafiles..", "org.acta.pipeline..",
        "org.acta.check..", "org.acta.diff..", "org.acta.importer..", "org.acta.scaffold..",
        "org.acta.serve..", "org.acta.webeditor..", "org.acta.cli..")
        .check(classes);
  }

  /** No global state: a static field is a constant (final), never something to change. */
  @Test
  void staticFieldsAreFinal() {
    fields().that().areStatic().should().beFinal().check(classes);
  }

  /** Templates get typed records: no page kind, nor the shared context, hands them a bag. */
  @Test
  void templatesReceiveNoUntypedMaps() {
    List<Class<?>> records = new ArrayList<>(List.of(PageData.class.getPermittedSubclasses()));
    records.add(SiteContext.class);
    List<String> untyped = new ArrayList<>();
    for (Class<?> type : records) {
      assertThat(type.isRecord()).as(type.getName()).isTrue();
      for (RecordComponent c : type.getRecordComponents()) {
        if (mentionsObject(c.getGenericType())) {
          untyped.add(type.getSimpleName() + "." + c.getName());
        }
      }
    }
    assertThat(records).hasSizeGreaterThan(20);
    assertThat(untyped).isEmpty();
  }

  private static boolean mentionsObject(Type type) {
    if (type == Object.class) {
      return true;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        if (mentionsObject(argument)) {
          return true;
        }
      }
    }
    return false;
  }
}
