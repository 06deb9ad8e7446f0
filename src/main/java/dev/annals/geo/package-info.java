/**
 * The member-state map without any toolkit: country shapes, projections, map views, and which states
 * belonged to the article's organisation on a given day. It uses only the JDK and {@code dev.annals.model},
 * so the window's map panel and the PDF export draw the same map, and tests run headless.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>Geographic pairs are always (longitude, latitude) in degrees, x before y: in parameters
 *     ({@code project(lon, lat)}, {@code centredOn(lon, lat)}) and in ring arrays.</li>
 * <li>Projected coordinates are metres on the plane, x east and y north. {@link dev.annals.geo.Viewport}
 *     turns them into screen or page units with y down.</li>
 * <li>A ring is a flat {@code double[]} of {@code x0, y0, x1, y1, …} that closes by itself (the first point
 *     is not repeated). A shape's rings mix outer boundaries and holes: fill them together with the even-odd
 *     rule. Ring arrays are shared for speed; never modify them.</li>
 * <li>States are known by their ISO 3166-1 numeric code as a three-digit string ("616"), as in
 *     {@code countries.tsv}, the atlas and the accession files.</li>
 * <li>Everything is immutable and thread-safe once built. Reading the atlas and projecting it take tens of
 *     milliseconds: do both in a background task, once per timeline (see {@code bench/map.sh}).</li>
 * </ul>
 *
 * <h2>The pieces</h2>
 * <ul>
 * <li>{@link dev.annals.geo.WorldAtlas}: the 241 Natural Earth shapes, as {@link dev.annals.geo.CountryShape}s.</li>
 * <li>{@link dev.annals.geo.Projection}: {@link dev.annals.geo.LambertAzimuthalEqualArea} (EPSG:3035) and
 *     {@link dev.annals.geo.LambertConformalConic} (EPSG:3034), chosen by {@link dev.annals.geo.Projections#forLocator}.</li>
 * <li>{@link dev.annals.geo.MapView}: Europe, and the North America inset, in that projection;
 *     {@link dev.annals.geo.ProjectedMap}: every shape projected once for a view, as
 *     {@link dev.annals.geo.ProjectedShape}s with bounds, hit testing and a label point.</li>
 * <li>{@link dev.annals.geo.CountryMatcher}: article names → states → shapes, territories → their state.</li>
 * <li>{@link dev.annals.geo.Membership}: accession dates of an organisation (bundled for NATO).</li>
 * <li>{@link dev.annals.geo.LocatorMap}: the article's locator resolved on the map; gives each shape its
 *     {@link dev.annals.geo.Role} on a date or as the article lists the members, and the summary line.</li>
 * <li>{@link dev.annals.geo.PreparedMap}: all of the above for one timeline, made once in the background.</li>
 * <li>{@link dev.annals.geo.MapLayout} → {@link dev.annals.geo.MapPicture}: the map as it is shown in a
 *     rectangle, for a {@link dev.annals.geo.MapState} (whose membership: {@link dev.annals.geo.MapDate},
 *     which also words the title; outlines; {@link dev.annals.geo.MapZoom}). Colours are named by
 *     {@link dev.annals.geo.MapColour} role; {@link dev.annals.geo.MapPalette} reads a theme's from its stylesheet.</li>
 * </ul>
 *
 * <h2>Drawing a locator map</h2>
 * The window's map skin and the PDF's drawer do the same, each with its own metrics, text measure and sink:
 * <pre>{@code
 * PreparedMap map = PreparedMap.of(timeline.locator());              // once per timeline, in a background task
 * MapPicture picture = new MapLayout(metrics, textWidth).layout(MapState.of(map, MapDate.on(day)), width, height);
 * for (MapPicture.Painted p : picture.main().countries()) {
 *     picture.main().trace(p.shape(), sink);                         // moveTo / lineTo / closePath in picture units
 *     // fill with the colour of p.fill() by the even-odd rule, stroke in MapColour.BORDER
 * }
 * // then the outlines (in order, the focus on top), the inset clipped to its box, the header and the legend
 * }</pre>
 * Hover and clicks: {@code picture.shapeAt(x, y)}, then {@code map.stateName(shape)}; arrow keys between
 * countries aim at {@code picture.pointOf(shape)}.
 */
package dev.annals.geo;
