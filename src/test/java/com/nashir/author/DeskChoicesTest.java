package com.nashir.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.nashir.system.ContentChange;
import com.nashir.system.ContentKeys;
import com.nashir.system.RemoteContentChange;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search form's desks are read once, not on every search page, and read again after any change to a byline or a
 * desk made by an article's byline, here or on another node; other changes keep them.
 */
class DeskChoicesTest {
    final DeskRepository desks = mock(DeskRepository.class);
    final DeskChoices choices = new DeskChoices(desks);
    final Desk desk = mock(Desk.class);

    @BeforeEach
    void oneDesk() {
        when(desks.findAll()).thenReturn(List.of(desk));
    }

    @Test
    void readOnceForEverySearchPage() {
        for (int i = 0; i < 5; i++) {
            assertThat(choices.current()).containsExactly(desk);
        }
        verify(desks, times(1)).findAll();
    }

    @Test
    void readAgainAfterAnAuthorOrDeskChangesHereOrOnAnotherNode_notAfterAnArticle() {
        choices.current();
        choices.onChanged(article(7));
        choices.current();
        verify(desks, times(1)).findAll();

        choices.onChanged(new AuthorChanged(3));
        choices.current();
        choices.onChanged(new DeskChanged(2));
        choices.current();
        choices.onChanged(new RemoteContentChange(Set.of(ContentKeys.BYLINES), false));
        choices.current();
        choices.onChanged(new RemoteContentChange(Set.of(), true));
        choices.current();
        choices.onChanged(new DeskAdded(9));
        choices.current();
        choices.onChanged(new RemoteContentChange(new DeskAdded(9).keys(), false));
        choices.current();
        verify(desks, times(7)).findAll();
    }

    @Test
    void aReadThatBeganBeforeAChangeIsNotKept() {
        // The change lands while the desks are being read: what was read is shown once, then read again.
        when(desks.findAll()).thenAnswer(i -> {
            choices.onChanged(new DeskChanged(3));
            return List.of(desk);
        });
        choices.current();
        when(desks.findAll()).thenReturn(List.of());
        assertThat(choices.current()).isEmpty();
    }

    private static ContentChange article(long id) {
        return () -> Set.of(ContentKeys.article(id));
    }
}
