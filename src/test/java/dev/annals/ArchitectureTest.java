package dev.annals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md ("Packages"): data flows one way, from {@code model} up to {@code ui} and
 * {@code app}, and nothing below {@code ui} touches JavaFX, so loading and export run headless.
 *
 * <p>Each rule lists what a package may use; anything else (another Annals package, JavaFX, a
 * library) fails the build. Rules for packages that do not exist yet pass while they are empty.
 */
@AnalyzeClasses(packages = "dev.annals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String JDK = "java..";
    private static final String JACKSON = "com.fasterxml.jackson..";
    private static final String MODEL = "dev.annals.model..";
    private static final String LOADER = "dev.annals.loader..";
    private static final String ARTICLE = "dev.annals.article..";
    private static final String JSON = "dev.annals.json..";
    private static final String FILES = "dev.annals.files..";
    private static final String GEO = "dev.annals.geo..";
    private static final String LAYOUT = "dev.annals.layout..";
    private static final String UI = "dev.annals.ui..";
    private static final String APP = "dev.annals.app..";

    // given model, then it uses the JDK only
    @ArchTest
    static final ArchRule modelDependsOnTheJdkOnly = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, MODEL)
            .because("the model is plain records that every other layer shares");

    // given loader, then it uses model and the JDK only
    @ArchTest
    static final ArchRule loaderDependsOnModelOnly = classes().that().resideInAPackage(LOADER)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, MODEL, LOADER);

    // given json, then it uses model, files, Jackson and the JDK only
    @ArchTest
    static final ArchRule jsonDependsOnModelFilesAndJackson = classes().that().resideInAPackage(JSON)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, JACKSON, MODEL, FILES, JSON);

    // given files, then it uses the JDK only
    @ArchTest
    static final ArchRule filesDependsOnTheJdkOnly = classes().that().resideInAPackage(FILES)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, FILES);

    // given article, then it uses loader's document types, model, jsoup and the JDK (with its XML reader) only
    @ArchTest
    static final ArchRule articleDependsOnLoaderModelAndJsoup = classes().that().resideInAPackage(ARTICLE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, "javax.xml..", MODEL, LOADER, "org.jsoup..", ARTICLE)
            .because("the front ends make the loader's document from wikitext, HTML and copied text");

    // given jsoup, then only article uses it (HTML is read in one place)
    @ArchTest
    static final ArchRule onlyArticleUsesJsoup = noClasses().that().resideOutsideOfPackage(ARTICLE)
            .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..");

    // given open, then it uses article, loader, json, model and the JDK only
    @ArchTest
    static final ArchRule openDependsOnLoaderJsonAndModel = classes().that().resideInAPackage("dev.annals.open..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(JDK, MODEL, LOADER, ARTICLE, JSON, "dev.annals.open..");

    // given geo (when it exists), then it uses model and the JDK only
    @ArchTest
    static final ArchRule geoDependsOnModelOnly = classes().that().resideInAPackage(GEO)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, MODEL, GEO)
            .allowEmptyShould(true);

    // given layout (when it exists), then it uses model and the JDK only
    @ArchTest
    static final ArchRule layoutDependsOnModelOnly = classes().that().resideInAPackage(LAYOUT)
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, MODEL, LAYOUT)
            .allowEmptyShould(true);

    // given export (when it exists), then it uses model, layout, geo, files, PDFBox and the JDK only
    @ArchTest
    static final ArchRule exportDependsOnModelLayoutGeoFilesAndPdfBox = classes().that()
            .resideInAPackage("dev.annals.export..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, MODEL, LAYOUT, GEO, FILES,
                    "org.apache.pdfbox..", "org.apache.fontbox..", "dev.annals.export..")
            .allowEmptyShould(true);

    // given any package below ui and app, then it never touches JavaFX (so it runs headless)
    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses().that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("loading and PDF export must run from the command line and in plain unit tests");

    // given ui, then it never reaches up into app (app wires ui, not the other way round)
    @ArchTest
    static final ArchRule uiDoesNotUseApp = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(APP);

    // given the top-level packages dev.annals.*, then no two of them depend on each other in a cycle
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.annals.(*)..")
            .should().beFreeOfCycles();

    // given the window's packages dev.annals.ui.*, then none of them depends on another in a cycle
    // (window wires the panes, the panes use the view model in ui.model, never the other way round)
    @ArchTest
    static final ArchRule noCyclesInsideUi = slices().matching("dev.annals.ui.(*)..")
            .should().beFreeOfCycles();
}
