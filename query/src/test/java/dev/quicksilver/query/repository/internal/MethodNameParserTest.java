package dev.quicksilver.query.repository.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.query.repository.internal.MethodName.Action;
import dev.quicksilver.query.repository.internal.MethodName.Order;
import dev.quicksilver.query.repository.internal.MethodName.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The method-name parser: prefixes, limits, operators, And/Or, OrderBy and the messages of failures. */
class MethodNameParserTest {

    private final MethodNameParser parser = new MethodNameParser("Track", List.of("trackId", "name", "composer",
            "milliseconds", "unitPrice", "active", "address.city", "order", "isbn"));

    @Test
    void prefixesGiveTheAction() {
        assertThat(parser.parse("findByName").action()).isEqualTo(Action.FIND);
        assertThat(parser.parse("readAllByName").action()).isEqualTo(Action.FIND);
        assertThat(parser.parse("streamByName").action()).isEqualTo(Action.FIND);
        assertThat(parser.parse("countByComposerIsNull").action()).isEqualTo(Action.COUNT);
        assertThat(parser.parse("existsByNameStartingWith").action()).isEqualTo(Action.EXISTS);
        assertThat(parser.parse("deleteByName").action()).isEqualTo(Action.DELETE);
        assertThat(parser.parse("removeByName").action()).isEqualTo(Action.DELETE);
    }

    @Test
    void topAndFirstGiveALimit() {
        assertThat(parser.parse("findTop5ByUnitPriceGreaterThanOrderByTrackIdDesc").limit()).isEqualTo(5);
        assertThat(parser.parse("findFirstByName").limit()).isEqualTo(1);
        assertThat(parser.parse("findFirst12ByName").limit()).isEqualTo(12);
        assertThat(parser.parse("findTopByName").limit()).isEqualTo(1);
        assertThat(parser.parse("findByName").limit()).isNull();
        assertThat(parser.parse("findTop3ByOrderByMillisecondsDesc").alternatives()).isEmpty();
        assertThat(parser.parse("findDistinctTop3ByName").distinct()).isTrue();
        assertThat(parser.parse("findTop3DistinctByName").limit()).isEqualTo(3);
        assertThat(parser.parse("findAllByName").distinct()).isFalse();
    }

    @Test
    void everyOperatorKeywordIsRecognised() {
        assertThat(single("findByMillisecondsBetween")).isEqualTo(new Part("milliseconds", Operator.BETWEEN));
        assertThat(single("findByMillisecondsLessThan")).isEqualTo(new Part("milliseconds", Operator.LESS_THAN));
        assertThat(single("findByMillisecondsLessThanEqual"))
                .isEqualTo(new Part("milliseconds", Operator.LESS_THAN_EQUAL));
        assertThat(single("findByMillisecondsGreaterThan"))
                .isEqualTo(new Part("milliseconds", Operator.GREATER_THAN));
        assertThat(single("findByMillisecondsIsGreaterThanEqual"))
                .isEqualTo(new Part("milliseconds", Operator.GREATER_THAN_EQUAL));
        assertThat(single("findByTrackIdIn")).isEqualTo(new Part("trackId", Operator.IN));
        assertThat(single("findByTrackIdNotIn")).isEqualTo(new Part("trackId", Operator.NOT_IN));
        assertThat(single("findByNameLike")).isEqualTo(new Part("name", Operator.LIKE));
        assertThat(single("findByNameNotLike")).isEqualTo(new Part("name", Operator.NOT_LIKE));
        assertThat(single("findByNameContaining")).isEqualTo(new Part("name", Operator.CONTAINING));
        assertThat(single("findByNameNotContaining")).isEqualTo(new Part("name", Operator.NOT_CONTAINING));
        assertThat(single("findByNameStartingWith")).isEqualTo(new Part("name", Operator.STARTING_WITH));
        assertThat(single("findByNameEndingWith")).isEqualTo(new Part("name", Operator.ENDING_WITH));
        assertThat(single("findByComposerIsNull")).isEqualTo(new Part("composer", Operator.IS_NULL));
        assertThat(single("findByComposerIsNotNull")).isEqualTo(new Part("composer", Operator.IS_NOT_NULL));
        assertThat(single("findByActiveTrue")).isEqualTo(new Part("active", Operator.TRUE));
        assertThat(single("findByActiveIsFalse")).isEqualTo(new Part("active", Operator.FALSE));
        assertThat(single("findByNameNot")).isEqualTo(new Part("name", Operator.NOT_EQUAL));
        assertThat(single("findByNameIs")).isEqualTo(new Part("name", Operator.EQUAL));
        assertThat(single("findByName")).isEqualTo(new Part("name", Operator.EQUAL));
    }

    @Test
    void ignoreCaseMarksAPartOrAllParts() {
        assertThat(single("findByNameIgnoreCase")).isEqualTo(new Part("name", Operator.EQUAL, true));
        assertThat(single("findByNameContainingIgnoringCase")).isEqualTo(new Part("name", Operator.CONTAINING, true));
        assertThat(single("findByComposerNotIgnoreCase")).isEqualTo(new Part("composer", Operator.NOT_EQUAL, true));
        MethodName all = parser.parse("findByNameStartingWithAndComposerAllIgnoreCaseOrderByNameAsc");
        assertThat(all.allIgnoreCase()).isTrue();
        assertThat(all.parts()).containsExactly(new Part("name", Operator.STARTING_WITH),
                new Part("composer", Operator.EQUAL));
        assertThat(all.order()).hasSize(1);
        assertThat(parser.parse("findByName").allIgnoreCase()).isFalse();
        assertThatThrownBy(() -> parser.parse("findByMillisecondsBetweenIgnoreCase"))
                .hasMessage("'IgnoreCase' applies to equality and text matches, not to BETWEEN on 'milliseconds'");
        assertThatThrownBy(() -> parser.parse("findByAllIgnoreCase"))
                .hasMessageStartingWith("no property 'all' on Track");
    }

    @Test
    void andBindsTighterThanOr() {
        MethodName name = parser.parse("findByNameAndComposerIsNullOrMillisecondsGreaterThan");
        assertThat(name.alternatives()).containsExactly(
                List.of(new Part("name", Operator.EQUAL), new Part("composer", Operator.IS_NULL)),
                List.of(new Part("milliseconds", Operator.GREATER_THAN)));
        assertThat(name.parts()).hasSize(3);
    }

    @Test
    void propertiesThatLookLikeKeywordsAndNestedPathsResolve() {
        // "Order" is a property, not OrderBy; "Isbn" starts with "Is"; AddressCity is address.city
        assertThat(single("findByOrder")).isEqualTo(new Part("order", Operator.EQUAL));
        assertThat(single("findByIsbnIn")).isEqualTo(new Part("isbn", Operator.IN));
        assertThat(single("findByAddressCityStartingWith")).isEqualTo(new Part("address.city", Operator.STARTING_WITH));
        assertThat(single("findByOrderOrderByOrderDesc")).isEqualTo(new Part("order", Operator.EQUAL));
    }

    @Test
    void orderByTakesSeveralKeysWithDirections() {
        assertThat(parser.parse("findByComposerOrderByMillisecondsDescNameAsc").order())
                .containsExactly(new Order("milliseconds", true), new Order("name", false));
        assertThat(parser.parse("findByComposerOrderByName").order()).containsExactly(new Order("name", false));
    }

    @Test
    void failuresNameTheWordNotUnderstood() {
        assertThatThrownBy(() -> parser.parse("findBySkuu"))
                .hasMessage("no property 'skuu' on Track; properties are trackId, name, composer, milliseconds, "
                        + "unitPrice, active, address.city, order, isbn");
        assertThatThrownBy(() -> parser.parse("findByNameAndComposrIsNull")).hasMessageStartingWith("no property 'composr'");
        assertThatThrownBy(() -> parser.parse("findByNameOrderByLength")).hasMessageStartingWith("no property 'length'");
        assertThatThrownBy(() -> parser.parse("fetchByName")).hasMessageContaining("must start with findBy");
        assertThatThrownBy(() -> parser.parse("countTop3ByName")).hasMessageContaining("only to find methods");
        assertThatThrownBy(() -> parser.parse("countDistinctByName")).hasMessageContaining("only to find methods");
        assertThatThrownBy(() -> parser.parse("deleteBy")).hasMessageContaining("use deleteAll()");
        assertThatThrownBy(() -> parser.parse("findByNameAndAndComposer")).hasMessageContaining("empty condition");
    }

    private Part single(String methodName) {
        List<Part> parts = parser.parse(methodName).parts();
        assertThat(parts).hasSize(1);
        return parts.get(0);
    }
}
