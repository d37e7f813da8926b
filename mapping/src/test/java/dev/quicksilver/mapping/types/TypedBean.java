package dev.quicksilver.mapping.types;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Convert;
import dev.quicksilver.mapping.annotation.EnumStorage;
import dev.quicksilver.mapping.annotation.Enumerated;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Json;
import dev.quicksilver.mapping.annotation.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The mutable class twin of {@link TypedRecord}: no-argument constructor and setters. */
@Table
public class TypedBean {
    @Id
    private long id;
    private boolean flag;
    private Boolean flagBox;
    private short small;
    private Short smallBox;
    private int number;
    private Integer numberBox;
    private long big;
    private Long bigBox;
    private float real;
    private Float realBox;
    private double dbl;
    private Double dblBox;
    @Column(precision = 38, scale = 10)
    private BigDecimal amount;
    private BigDecimal anyAmount;
    @Column(length = 40)
    private String shortText;
    private String text;
    private UUID uuid;
    private LocalDate date;
    private LocalTime time;
    private LocalDateTime dateTime;
    private OffsetDateTime offsetDateTime;
    private Instant instant;
    private byte[] bytes;
    private Mood moodText;
    @Enumerated(EnumStorage.ORDINAL)
    private Mood moodOrdinal;
    @Json
    private String document;
    @Convert(DurationConverter.class)
    private Duration duration;

    /** Creates an empty bean. */
    public TypedBean() {
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public boolean getFlag() {
        return flag;
    }

    public void setFlag(boolean flag) {
        this.flag = flag;
    }

    public Boolean getFlagBox() {
        return flagBox;
    }

    public void setFlagBox(Boolean flagBox) {
        this.flagBox = flagBox;
    }

    public short getSmall() {
        return small;
    }

    public void setSmall(short small) {
        this.small = small;
    }

    public Short getSmallBox() {
        return smallBox;
    }

    public void setSmallBox(Short smallBox) {
        this.smallBox = smallBox;
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public Integer getNumberBox() {
        return numberBox;
    }

    public void setNumberBox(Integer numberBox) {
        this.numberBox = numberBox;
    }

    public long getBig() {
        return big;
    }

    public void setBig(long big) {
        this.big = big;
    }

    public Long getBigBox() {
        return bigBox;
    }

    public void setBigBox(Long bigBox) {
        this.bigBox = bigBox;
    }

    public float getReal() {
        return real;
    }

    public void setReal(float real) {
        this.real = real;
    }

    public Float getRealBox() {
        return realBox;
    }

    public void setRealBox(Float realBox) {
        this.realBox = realBox;
    }

    public double getDbl() {
        return dbl;
    }

    public void setDbl(double dbl) {
        this.dbl = dbl;
    }

    public Double getDblBox() {
        return dblBox;
    }

    public void setDblBox(Double dblBox) {
        this.dblBox = dblBox;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getAnyAmount() {
        return anyAmount;
    }

    public void setAnyAmount(BigDecimal anyAmount) {
        this.anyAmount = anyAmount;
    }

    public String getShortText() {
        return shortText;
    }

    public void setShortText(String shortText) {
        this.shortText = shortText;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UUID getUuid() {
        return uuid;
    }

    public void setUuid(UUID uuid) {
        this.uuid = uuid;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public LocalDateTime getDateTime() {
        return dateTime;
    }

    public void setDateTime(LocalDateTime dateTime) {
        this.dateTime = dateTime;
    }

    public OffsetDateTime getOffsetDateTime() {
        return offsetDateTime;
    }

    public void setOffsetDateTime(OffsetDateTime offsetDateTime) {
        this.offsetDateTime = offsetDateTime;
    }

    public Instant getInstant() {
        return instant;
    }

    public void setInstant(Instant instant) {
        this.instant = instant;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public void setBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public Mood getMoodText() {
        return moodText;
    }

    public void setMoodText(Mood moodText) {
        this.moodText = moodText;
    }

    public Mood getMoodOrdinal() {
        return moodOrdinal;
    }

    public void setMoodOrdinal(Mood moodOrdinal) {
        this.moodOrdinal = moodOrdinal;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }

    public Duration getDuration() {
        return duration;
    }

    public void setDuration(Duration duration) {
        this.duration = duration;
    }
}
