package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditLabelsTest {

    @Test
    void roleChangesReadAsArabicRoles() {
        assertThat(AuditLabels.detail("user.role", "writer → editor")).isEqualTo("من كاتب إلى محرر");
        assertThat(AuditLabels.detail("user.create", "role=contributor")).isEqualTo("الدور: مساهم");
        assertThat(AuditLabels.detail("article.published", "writer → editor")).isEqualTo("writer → editor");
    }

    @Test
    void targetsInArabicWithArticleLinks() {
        assertThat(AuditLabels.target("article 42")).isEqualTo("مقال 42");
        assertThat(AuditLabels.targetLink("article 42")).isEqualTo("/admin/articles/42");
        assertThat(AuditLabels.target("user rana")).isEqualTo("المستخدم rana");
        assertThat(AuditLabels.targetLink("user rana")).isNull();
        assertThat(AuditLabels.target("admin")).isEqualTo("غرفة الأخبار");
    }

    @Test
    void unknownActionsShowAsStored() {
        assertThat(AuditLabels.action("login.failed")).isEqualTo("محاولة دخول فاشلة");
        assertThat(AuditLabels.action("something.new")).isEqualTo("something.new");
    }
}
