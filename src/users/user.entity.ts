import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { County } from '../geography/county.entity';
import { Municipality } from '../geography/municipality.entity';
import { InstantColumn } from '../database/columns';
import { Role } from '../access/actor';

@Entity('app_user')
export class User {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 12 })
  role!: Role;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2, nullable: true })
  countyCode!: string | null;

  @ManyToOne(() => County, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'county_code' })
  county?: County;

  @Column({ name: 'municipality_code', type: 'varchar', length: 4, nullable: true })
  municipalityCode!: string | null;

  @ManyToOne(() => Municipality, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @InstantColumn({ name: 'created_at' })
  createdAt!: Date;
}
