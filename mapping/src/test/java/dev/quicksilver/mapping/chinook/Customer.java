package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Embedded;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.JoinColumn;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.Table;

/** An immutable class entity: final fields, one constructor taking them all in declaration order. */
@Table
public final class Customer {
    @Id
    private final int customerId;
    @Column(length = 40, nullable = false)
    private final String firstName;
    @Column(length = 20, nullable = false)
    private final String lastName;
    @Column(length = 80)
    private final String company;
    @Embedded(prefix = "")
    private final Address address;
    @Column(length = 24)
    private final String phone;
    @Column(length = 24)
    private final String fax;
    @Column(length = 60, nullable = false)
    private final String email;
    @ManyToOne(joinColumns = @JoinColumn(name = "support_rep_id"))
    private final Ref<Employee> supportRep;

    public Customer(int customerId, String firstName, String lastName, String company, Address address, String phone,
                    String fax, String email, Ref<Employee> supportRep) {
        this.customerId = customerId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.company = company;
        this.address = address;
        this.phone = phone;
        this.fax = fax;
        this.email = email;
        this.supportRep = supportRep;
    }

    public String firstName() {
        return firstName;
    }

    public Address address() {
        return address;
    }

    public Ref<Employee> supportRep() {
        return supportRep;
    }
}
