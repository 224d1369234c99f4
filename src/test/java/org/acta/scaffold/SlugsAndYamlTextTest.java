package org.acta.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class SlugsAndYamlTextTest {
  @Test
  void slugsFoldAccentsAndPunctuation() {
    assertThat(Slugs.fromTitle("Desafíos y expectativas para el próximo Plan de Acción"))
        .isEqualTo("desafios-y-expectativas-para-el-proximo-plan-de-accion");
    assertThat(Slugs.fromTitle("  ¿Año 2026?  Señoría — «Œuvre» ß ﬁn ")).isEqualTo(
        "ano-2026-senoria-oeuvre-ss-fin");
    assertThat(Slugs.fromTitle("¡¿…?!")).isEmpty();
  }

  @Test
  void longTitlesAreCutAtAWordAndStayValid() {
    String slug = Slugs.fromTitle("Sesión extraordinaria para la aprobación del informe de "
        + "autoevaluación de medio término del cuarto plan de acción");
    assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_TITLE_SLUG)
        .isEqualTo("sesion-extraordinaria-para-la-aprobacion-del-informe-de");
    assertThat(Slugs.isSlug(slug)).isTrue();
    String oneWord = Slugs.fromTitle("a".repeat(80));
    assertThat(oneWord).hasSize(Slugs.MAX_TITLE_SLUG);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sesión ordinaria", "Plan: avance", "# no es comentario", "yes", "No",
      "null", "2026-05-08", "18:00", "- guion", "\"comillas\" y 'apóstrofes'", "a \\ b",
      "${x} <#if>", "*alias", "&ancla", "!etiqueta", "[lista]", "{mapa}", "texto con # dentro",
      "tab\there", "50%", "@usuario", "`código`", "| barra", "> mayor", "?pregunta", "…"})
  void scalarsReadBackExactly(String value) {
    String yaml = "key: " + YamlText.scalar(value) + "   # comentario\n";
    Map<?, ?> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertThat(map.get("key")).as(yaml).isEqualTo(value);
  }

  @Test
  void markdownBlocksReadBackExactly() {
    String one = "Un párrafo bastante largo para que haga falta partirlo en varias líneas al "
        + "escribirlo en el archivo YAML del compromiso: con dos puntos, # y - guiones.";
    String two = "Primer párrafo.\n\n- una lista\n\nTercero: con dos puntos.";
    for (String text : new String[] {one, two}) {
      String yaml = "key: " + YamlText.block(text, 2) + "\nnext: 1\n";
      Map<?, ?> map = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
      assertThat(map.get("key")).as(yaml).isEqualTo(text);
      assertThat(map.get("next")).isEqualTo(1);
    }
    assertThat(YamlText.block(one, 2)).startsWith(">-\n  ")
        .satisfies(b -> assertThat(b.lines()).hasSizeGreaterThan(2)
            .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(92)));
    assertThat(YamlText.block(two, 2)).startsWith("|-\n  ");
  }
}
