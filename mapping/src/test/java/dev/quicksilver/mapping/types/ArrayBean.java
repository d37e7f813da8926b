package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;

/** A mutable class entity with array properties (no-argument constructor and setters). */
@Table
public class ArrayBean {
    @Id
    private long id;
    private String[] texts;
    private Integer[] numbers;

    /** Creates an empty bean. */
    public ArrayBean() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String[] getTexts() {
        return texts;
    }

    public void setTexts(String[] texts) {
        this.texts = texts;
    }

    public Integer[] getNumbers() {
        return numbers;
    }

    public void setNumbers(Integer[] numbers) {
        this.numbers = numbers;
    }
}
