package dev.quicksilver.mapping.chinook;

import dev.quicksilver.mapping.Ref;
import dev.quicksilver.mapping.RefList;
import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.Embedded;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.JoinColumn;
import dev.quicksilver.mapping.annotation.ManyToOne;
import dev.quicksilver.mapping.annotation.OneToMany;
import dev.quicksilver.mapping.annotation.Table;
import java.time.LocalDateTime;

/** Self-referential: reportsTo points to another employee; reports is its inverse. */
@Table
public class Employee {
    @Id
    private int employeeId;
    @Column(length = 20, nullable = false)
    private String lastName;
    @Column(length = 20, nullable = false)
    private String firstName;
    @Column(length = 30)
    private String title;
    @ManyToOne(joinColumns = @JoinColumn(name = "reports_to"))
    private Ref<Employee> reportsTo;
    @OneToMany(mappedBy = "reportsTo")
    private RefList<Employee> reports;
    private LocalDateTime birthDate;
    private LocalDateTime hireDate;
    @Embedded(prefix = "")
    private Address address;
    @Column(length = 24)
    private String phone;
    @Column(length = 24)
    private String fax;
    @Column(length = 60)
    private String email;

    public int getEmployeeId() {
        return employeeId;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public Ref<Employee> getReportsTo() {
        return reportsTo;
    }

    public RefList<Employee> getReports() {
        return reports;
    }

    public Address getAddress() {
        return address;
    }
}
