package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.nashir.testing.Browser;
import com.nashir.testing.Fixtures;
import com.nashir.testing.Http;
import com.nashir.testing.IntegrationTest;
import com.nashir.testing.Newsroom;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The newsroom's day, in headless Chromium: a writer writes an Arabic article in the rich-text
 * editor, uploads its featured image and submits it for review; an editor publishes it; readers
 * see it; the editor's substantive edit shows as "آخر تحديث"; the revision diff shows the change.
 */
@IntegrationTest
class NewsroomWorkflowBrowserIT {
    private static final String HEADLINE = "مجلس المدينة يقرّ خطة لتوسيع شبكة الحافلات الكهربائية";
    private static final String FIRST =
            "أقرّ مجلس المدينة مساء الثلاثاء خطة لتوسيع شبكة الحافلات الكهربائية إلى 12 خطاً جديداً بحلول 2027.";
    private static final String SECOND =
            "وقالت شركة NahrBus المشغّلة إن الحافلات الجديدة تعمل ببطاريات تكفي 300 كيلومتر.";
    private static final String ADDED = "وأضاف المجلس لاحقاً أن التذكرة الموحدة ستصدر في الربيع.";

    @LocalServerPort
    int port;

    @Test
    void writerWritesEditorPublishesReadersSeeTheUpdateAndTheDiff() throws Exception {
        Http http = new Http(port);
        Newsroom people = new Newsroom(http);
        Fixtures fx = new Fixtures(http);
        String section = fx.section();
        // The editor's byline desk must exist: a writer may not create one (whatever ran before this test).
        fx.post(Fixtures.article(fx.section(), "خبر يضمن وجود مكتب التحرير"));
        String writer = people.account("writer");
        String editor = people.account("editor");
        Path photo = Files.createTempFile("nashir-photo-", ".jpg");
        Files.write(photo, MediaDeskIT.jpeg(1600, 900));
        String base = "http://localhost:" + port;

        try (Browser b = Browser.start(1366, 1100)) {
            // The writer writes, picks a featured image by uploading it, and submits for review.
            b.signIn(base, writer, people.password());
            b.driver.get(base + "/admin/articles/new");
            b.waitFor("window.Jodit && document.querySelector('.jodit-wysiwyg')", 10);
            b.find("#f-headline").sendKeys(HEADLINE);
            new Select(b.find("#f-section")).selectByValue(section);
            var body = b.find(".jodit-wysiwyg");
            body.click();
            body.sendKeys(FIRST);
            body.sendKeys(Keys.ENTER);
            body.sendKeys(SECOND);

            b.find("#pick-image").click();
            b.waitFor("document.getElementById('picker').open", 5);
            b.find("#picker-upload-box summary").click();
            b.find("#picker-upload input[type=file]").sendKeys(photo.toString());
            b.find("#picker-upload input[name=alt]").sendKeys("حافلة كهربائية في محطة الشحن");
            b.find("#picker-upload input[name=caption]").sendKeys("حافلة كهربائية في محطة وسط المدينة");
            b.find("#picker-upload input[name=archive]").click();
            b.find("#picker-upload button[type=submit]").click();
            b.waitFor("document.querySelector('[name=imageUrl]').value.startsWith('/media/')", 20);
            assertThat(b.find("#featured-preview").isDisplayed()).isTrue();
            assertThat(b.find("[name=imageAlt]").getDomProperty("value")).isEqualTo("حافلة كهربائية في محطة الشحن");

            new Select(b.find("#f-status")).selectByValue("review");
            b.screenshot("newsroom-editor-writer.png");
            b.find(".editor-buttons button.primary").click();
            b.waitFor("/\\/admin\\/articles\\/\\d+\\/edit$/.test(location.pathname)", 10);
            assertThat(b.find("#message").getText()).isEqualTo("حُفظ المقال.");
            long id = Long.parseLong(b.driver.getCurrentUrl().replaceFirst(".*/admin/articles/(\\d+)/edit$", "$1"));
            assertThat(http.get("/a/" + id).status())
                    .as("not public while in review")
                    .isEqualTo(404);

            // The editor publishes it.
            b.driver.manage().deleteAllCookies();
            b.signIn(base, editor, people.password());
            b.driver.get(base + "/admin/articles/" + id);
            b.find("form[action$='/status'] input[value=published] ~ button").click();
            // Publishing asks in a dialog first.
            b.waitFor("document.querySelector('dialog.confirm[open]')", 5);
            b.find("#confirm-yes").click();
            b.waitFor("document.getElementById('message')", 10);
            assertThat(b.find("#message").getText()).isEqualTo("تغيّرت حالة المقال.");

            // Readers see it, with the uploaded picture in every size and the archive mark.
            b.driver.get(base + "/a/" + id);
            assertThat(b.find("h1").getText()).isEqualTo(HEADLINE);
            assertThat(b.find(".story-body").getText()).contains(FIRST).contains(SECOND);
            assertThat(b.find(".lead-figure img").getDomAttribute("srcset"))
                    .contains("320w")
                    .contains("1600w");
            assertThat(b.find(".lead-figure figcaption").getText())
                    .contains("حافلة كهربائية في محطة وسط المدينة ـ أرشيف");
            assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector(".updated")))
                    .isEmpty();
            String published = b.find("time.published").getText();

            // A substantive edit by the editor: readers now see "آخر تحديث".
            b.driver.get(base + "/admin/articles/" + id + "/edit");
            b.waitFor("window.Jodit && document.querySelector('.jodit-wysiwyg')", 10);
            var edit = b.find(".jodit-wysiwyg");
            edit.click();
            edit.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            edit.sendKeys(Keys.ENTER);
            edit.sendKeys(ADDED);
            b.find(".editor-buttons button.primary").click();
            b.waitFor("document.getElementById('message')", 10);

            b.driver.get(base + "/a/" + id);
            assertThat(b.find(".story-body").getText()).contains(ADDED);
            assertThat(b.find(".updated").getText()).startsWith("آخر تحديث");
            assertThat(b.find("time.published").getText()).isEqualTo(published);
            b.fullPageScreenshot("newsroom-public-updated.png");

            // The revision diff shows what changed.
            b.driver.get(base + "/admin/articles/" + id);
            assertThat(b.find("table.diff").getText()).contains("التذكرة الموحدة");
            assertThat((String) b.js("return document.querySelector('table.diff ins').textContent"))
                    .contains("التذكرة");
            b.fullPageScreenshot("newsroom-desk-diff.png");
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
