package org.acta.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Renders {@code ![alt](url)} as a link to the image with the alt text, never as an image:
 * content cannot embed outside resources (privacy, and the Content-Security-Policy allows
 * images from the site only), and evidence files belong in milestones, where they are tracked.
 */
final class ImagesAsLinks implements HtmlRenderer.HtmlRendererExtension {
  static ImagesAsLinks create() {
    return new ImagesAsLinks();
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> (NodeRenderer) () -> Set.of(
        new NodeRenderingHandler<>(Image.class,
            (node, context, html) -> link(node.getUrl().unescape(), node, context, html)),
        new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
          Reference reference = node.isDefined()
              ? node.getReferenceNode(node.getDocument()) : null;
          if (reference == null) {
            html.text(node.getChars().unescape());
          } else {
            link(reference.getUrl().unescape(), node, context, html);
          }
        })));
  }

  private static void link(String url, Node node,
      NodeRendererContext context, HtmlWriter html) {
    ResolvedLink link = context.resolveLink(LinkType.LINK, url, null);
    html.attr("href", link.getUrl()).withAttr(link).tag("a");
    context.renderChildren(node);
    html.tag("/a");
  }
}
