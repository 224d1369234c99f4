package org.acta.model;

import java.util.List;

/** The 17 UN Sustainable Development Goals with their official numbers and colours. */
public record Sdg(int number, String nameEn, String nameEs, String colour) {

  public static final List<Sdg> ALL = List.of(
      new Sdg(1, "No Poverty", "Fin de la Pobreza", "#E5243B"),
      new Sdg(2, "Zero Hunger", "Hambre Cero", "#DDA63A"),
      new Sdg(3, "Good Health and Well-being", "Salud y Bienestar", "#4C9F38"),
      new Sdg(4, "Quality Education", "Educación de Calidad", "#C5192D"),
      new Sdg(5, "Gender Equality", "Igualdad de Género", "#FF3A21"),
      new Sdg(6, "Clean Water and Sanitation", "Agua Limpia y Saneamiento", "#26BDE2"),
      new Sdg(7, "Affordable and Clean Energy", "Energía Asequible y No Contaminante", "#FCC30B"),
      new Sdg(8, "Decent Work and Economic Growth", "Trabajo Decente y Crecimiento Económico",
          "#A21942"),
      new Sdg(9, "Industry, Innovation and Infrastructure",
          "Industria, Innovación e Infraestructura", "#FD6925"),
      new Sdg(10, "Reduced Inequalities", "Reducción de las Desigualdades", "#DD1367"),
      new Sdg(11, "Sustainable Cities and Communities", "Ciudades y Comunidades Sostenibles",
          "#FD9D24"),
      new Sdg(12, "Responsible Consumption and Production", "Producción y Consumo Responsables",
          "#BF8B2E"),
      new Sdg(13, "Climate Action", "Acción por el Clima", "#3F7E44"),
      new Sdg(14, "Life Below Water", "Vida Submarina", "#0A97D9"),
      new Sdg(15, "Life on Land", "Vida de Ecosistemas Terrestres", "#56C02B"),
      new Sdg(16, "Peace, Justice and Strong Institutions",
          "Paz, Justicia e Instituciones Sólidas", "#00689D"),
      new Sdg(17, "Partnerships for the Goals", "Alianzas para Lograr los Objetivos", "#19486A"));

  public static Sdg of(int number) {
    return ALL.get(number - 1);
  }

  public String name(String language) {
    return "en".equals(language) ? nameEn : nameEs;
  }
}
