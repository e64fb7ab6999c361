import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { County } from './county.entity';

@Entity('municipality')
export class Municipality {
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Index()
  @Column({ name: 'county_code', type: 'varchar', length: 2 })
  countyCode!: string;

  @ManyToOne(() => County, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'county_code' })
  county?: County;
}

/** SKR's municipality group in one classification (2017, 2023, …), kept side by side. */
@Entity('municipality_group')
export class MunicipalityGroup {
  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @PrimaryColumn({ name: 'classification_year', type: 'integer' })
  classificationYear!: number;

  @Column({ name: 'group_code', type: 'varchar', length: 2 })
  groupCode!: string;

  @Column({ name: 'group_name', type: 'varchar', length: 100 })
  groupName!: string;

  @Column({ name: 'main_group', type: 'varchar', length: 1 })
  mainGroup!: string;

  @Column({ name: 'main_group_name', type: 'varchar', length: 100 })
  mainGroupName!: string;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;
}

@Entity('municipality_population')
export class MunicipalityPopulation {
  @PrimaryColumn({ name: 'municipality_code', type: 'varchar', length: 4 })
  municipalityCode!: string;

  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  population!: number;

  @ManyToOne(() => Municipality, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;
}
