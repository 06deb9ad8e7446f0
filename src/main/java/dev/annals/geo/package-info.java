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
 * </ul>
 *
 * <h2>Drawing a locator map</h2>
 * <pre>{@code
 * // once per timeline, in a background task
 * WorldAtlas atlas = WorldAtlas.standard();
 * CountryMatcher matcher = new CountryMatcher(CountryTable.standard(), atlas);
 * LocatorMap locator = LocatorMap.of(timeline.locator(), matcher);   // log locator.summary(), locator.unmatched()
 * Projection projection = Projections.forLocator(timeline.locator().projection());
 * ProjectedMap europe = ProjectedMap.of(atlas, MapView.europe(projection));
 * ProjectedMap inset = ProjectedMap.of(atlas, MapView.northAmerica(projection));
 *
 * // on every paint
 * Set<String> members = asListed ? locator.membersAsListed() : locator.membersOn(selectedDate);
 * Viewport view = Viewport.fit(europe.frame(), 0, 0, width, height);   // then .zoomedAt(…) and .panned(…)
 * for (ProjectedShape shape : europe.shapes()) {
 *     // skip shapes whose bounds() miss the visible rectangle
 *     Role role = locator.roleOf(shape.country(), members);          // SUBJECT, MEMBER or OTHER → fill colour
 *     for (double[] ring : shape.rings()) {
 *         moveTo(view.screenX(ring[0]), view.screenY(ring[1]));
 *         for (int i = 2; i < ring.length; i += 2) lineTo(view.screenX(ring[i]), view.screenY(ring[i + 1]));
 *         closePath();
 *     }
 *     // fill even-odd, stroke thin white
 * }
 * }</pre>
 * <ul>
 * <li>Hover: {@code europe.shapeAt(view.planeX(mouseX), view.planeY(mouseY))}, then
 *     {@code matcher.stateOf(shape.country())} for the state's name and {@code locator.memberSince(shape.country())}.</li>
 * <li>Outlining an event's countries: {@code matcher.shapes(name)} for each of {@code event.entities().countries()},
 *     then {@code europe.shape(countryShape)}.</li>
 * <li>Arrow keys between countries and labels: {@code ProjectedShape.labelX()} and {@code labelY()}.</li>
 * <li>Title, legend and credit: {@code locator.locator().map()}, {@code view().projection().name()},
 *     {@code atlas.source()}.</li>
 * </ul>
 */
package dev.annals.geo;
